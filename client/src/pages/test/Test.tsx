import { useTestUserIdentities, useTestUsers, type TestUser } from '@/api/testUsers';
import { IdentityCard } from '@/components/IdentityCard';
import { AdminsOnly } from '@/components/AdminsOnly';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { PageHeader } from '@/components/ui/PageHeader';
import { Spinner } from '@/components/ui/Spinner';
import { useMe } from '@/hooks/use-auth';

function ScenarioIdentities({ testUser }: { testUser: TestUser }) {
  const identities = useTestUserIdentities(testUser.user_id);
  if (identities.isPending) return <Spinner label="Loading identities…" />;
  if (identities.isError) return <ErrorMessage error={identities.error} />;
  if (identities.data.length === 0) return <p className="text-sm text-slate-600">This test user has no identities.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {identities.data.map((identity) => (
        <IdentityCard key={identity.id} identity={identity} linked />
      ))}
    </ul>
  );
}

export function Test() {
  const me = useMe();
  const isStaff = me.data?.is_staff === true;
  const testUsers = useTestUsers(isStaff);
  if (!isStaff) return <AdminsOnly />;
  return (
    <section>
      <PageHeader title="Test scenarios">Each scenario is a test user with its own identities.</PageHeader>
      {testUsers.isPending ? <Spinner label="Loading test scenarios…" /> : null}
      {testUsers.isError ? <ErrorMessage error={testUsers.error} /> : null}
      {testUsers.data && testUsers.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          There are no test scenarios yet.
        </p>
      ) : null}
      <div className="space-y-6">
        {testUsers.data?.map((testUser) => (
          <article key={testUser.user_id} aria-labelledby={`scenario-${testUser.user_id}`} className="rounded-lg border border-slate-200 bg-slate-50 p-4">
            <h2 id={`scenario-${testUser.user_id}`} className="text-lg font-semibold">
              {testUser.scenario_name}
            </h2>
            {/* A test user is known by their scenario and e-mail; their first and last name are made up. */}
            <p className="text-sm text-slate-600">{testUser.email}</p>
            {testUser.scenario_description ? <p className="mt-1 text-sm text-slate-700">{testUser.scenario_description}</p> : null}
            <div className="mt-3">
              <ScenarioIdentities testUser={testUser} />
            </div>
          </article>
        ))}
      </div>
    </section>
  );
}
