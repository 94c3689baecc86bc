import { useMyIdentities } from '@/api/identities';
import { IdentityCard } from '@/components/IdentityCard';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { PageHeader } from '@/components/ui/PageHeader';
import { Spinner } from '@/components/ui/Spinner';
import { useMe } from '@/hooks/use-auth';

export function Home() {
  const me = useMe();
  const identities = useMyIdentities();
  const name = me.data?.full_name || me.data?.email;
  return (
    <section>
      <PageHeader title="Your identities">{name ? `Signed in as ${name}.` : null}</PageHeader>
      {identities.isPending ? <Spinner label="Loading identities…" /> : null}
      {identities.isError ? <ErrorMessage error={identities.error} /> : null}
      {identities.data && identities.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          You have no identities yet.
        </p>
      ) : null}
      {identities.data && identities.data.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {identities.data.map((identity) => (
            // The Images page is for admins only: only there is a card a link to it.
            <IdentityCard key={identity.id} identity={identity} linked={me.data?.is_staff === true} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
