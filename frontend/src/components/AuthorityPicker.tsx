import { useSearchParams } from 'react-router';
import { Button } from './govuk/Button';
import { Select } from './govuk/Select';

/** Chooses whose page to show; the choice lives in the address, so it can be shared and bookmarked. */
export function AuthorityPicker({ authorities, current }: { authorities: { code: string; name: string }[]; current?: string }) {
  const [, setSearch] = useSearchParams();
  if (authorities.length < 2) return null;
  return (
    <form
      className="govuk-!-margin-bottom-6"
      onSubmit={(event) => {
        event.preventDefault();
        setSearch({ authority: String(new FormData(event.currentTarget).get('authority') ?? '') });
      }}
    >
      <Select id="authority" label="Council" defaultValue={current} options={authorities.map((a) => ({ value: a.code, text: a.name }))} />
      <Button variant="secondary" className="govuk-!-margin-bottom-0">
        Show
      </Button>
    </form>
  );
}
