import { useParams } from 'react-router';
import { ConsentLinkView } from '@/features/privacy/components/ConsentLinkView';

/** `/consent/:token`: the person reads the notice and gives or withdraws consent, signed out. */
export function ConsentLink() {
  const { token = '' } = useParams();
  return <ConsentLinkView token={token} />;
}
