import { queryOptions } from '@tanstack/react-query';
import { auditList } from '@/api/generated/endpoints/audit/audit';
import { privacyNoticeRetrieve } from '@/api/generated/endpoints/privacy/privacy';
import { usersConsentCreate, usersConsentRetrieve } from '@/api/generated/endpoints/users/users';
import type { AuditEventOutput, PersonConsentOutput, PrivacyNoticeOutput } from '@/api/generated/model';
import { auditList200Response } from '@/api/generated/zod/audit/audit.zod';
import { privacyNoticeRetrieve200Response } from '@/api/generated/zod/privacy/privacy.zod';
import { usersConsentCreate201Response, usersConsentRetrieve200Response } from '@/api/generated/zod/users/users.zod';

export type PersonConsent = PersonConsentOutput;
export type PrivacyNotice = PrivacyNoticeOutput;
export type AuditEvent = AuditEventOutput;

export const privacyKeys = {
  all: ['privacy'] as const,
  notice: () => [...privacyKeys.all, 'notice'] as const,
  consent: (userId: string) => [...privacyKeys.all, 'consent', { userId }] as const,
  activity: (userId: string) => [...privacyKeys.all, 'activity', { userId }] as const,
};

export const getPrivacyNotice = async (): Promise<PrivacyNotice> =>
  privacyNoticeRetrieve200Response.parse(await privacyNoticeRetrieve());

export const getPersonConsent = async (userId: string): Promise<PersonConsent> =>
  usersConsentRetrieve200Response.parse(await usersConsentRetrieve(userId));

export const getPersonActivity = async (userId: string): Promise<AuditEvent[]> =>
  auditList200Response.parse(await auditList({ subject_user_id: userId, page_size: 50 })).results;

export const privacyNoticeQueryOptions = () =>
  queryOptions({ queryKey: privacyKeys.notice(), queryFn: getPrivacyNotice, staleTime: Infinity });
export const personConsentQueryOptions = (userId: string) =>
  queryOptions({ queryKey: privacyKeys.consent(userId), queryFn: () => getPersonConsent(userId) });
export const personActivityQueryOptions = (userId: string) =>
  queryOptions({ queryKey: privacyKeys.activity(userId), queryFn: () => getPersonActivity(userId) });

export interface RecordConsentInput {
  userId: string;
  noticeVersion: string;
  sendToProvider: boolean;
  faceMatching: boolean;
}

export async function recordPersonConsent(input: RecordConsentInput): Promise<PersonConsent> {
  const body = {
    notice_version: input.noticeVersion,
    send_to_provider: input.sendToProvider,
    face_matching: input.faceMatching,
  };
  return usersConsentCreate201Response.parse(await usersConsentCreate(input.userId, body));
}
