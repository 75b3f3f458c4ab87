import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/govuk/Button';
import { CannotUseForm, useMayNotWrite } from '@/components/CannotUseForm';
import { ErrorMessage } from '@/components/govuk/ErrorMessage';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { usePageTitle } from '@/components/usePageTitle';
import { ApiError } from '@/lib/api/problem';
import { Radios } from '@/components/govuk/Radios';
import { Table, TableCell, TableRow } from '@/components/govuk/Table';
import { useImport, type ImportKind } from '../api/useImport';

const LAYOUTS: Record<ImportKind, { columns: string; example: string; note: string }> = {
  values: {
    columns: 'time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,value,numerator,denominator,status',
    example: '202223,Financial year,Local authority,E08000030,Walsall,HLTH_ASSESS,88,,,final',
    note: 'The value is a number, or a symbol: c (confidential), x (not available), z (not applicable) or low.',
  },
  targets: {
    columns: 'time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,target,tolerance,basis,pending_reason',
    example: '202324,Financial year,Local authority,E08000030,Walsall,HLTH_ASSESS,85,,Agreed by Black Country ICB,',
    note: 'Give a target (with an optional tolerance and basis), or leave it empty and say why it is pending.',
  },
};

const NO_FILE = 'Select a CSV file to check';

export function ImportPage() {
  if (useMayNotWrite(undefined)) {
    return (
      <CannotUseForm
        title="Import figures"
        reason="Only the council’s officers and administrators import figures. The scorecard shows the figures once they are imported."
        backTo="/scorecard"
        backText="Open the scorecard"
      />
    );
  }
  return <ImportForm />;
}

function ImportForm() {
  const [kind, setKind] = useState<ImportKind>('values');
  const [csv, setCsv] = useState<string>();
  const [fileName, setFileName] = useState<string>();
  const [noFile, setNoFile] = useState(false);
  const preview = useImport();
  const run = useImport();
  const layout = LAYOUTS[kind];
  const failed = preview.error ?? run.error;
  const problems = failed instanceof ApiError ? (failed.problem.errors ?? []) : [];
  usePageTitle(noFile || failed ? 'Error: Import figures' : 'Import figures');

  const check = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
    setNoFile(!file);
    if (!file) {
      preview.reset();
      run.reset();
      return;
    }
    const text = await file.text();
    setCsv(text);
    setFileName(file.name);
    run.reset();
    preview.mutate({ kind, csv: text, dryRun: true });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {noFile && <ErrorSummary items={[{ text: NO_FILE, href: '#file' }]} />}
        {failed && (
          <ErrorSummary
            items={
              problems.length > 0
                ? problems.slice(0, 20).map((p) => ({ text: p.row ? `Row ${p.row}, ${p.field}: ${p.message}` : p.message, href: '#problems' }))
                : [{ text: failed instanceof ApiError ? (failed.problem.detail ?? failed.problem.title) : 'The file could not be sent. Try again.', href: '#file' }]
            }
          />
        )}
        {run.data && (
          <SuccessBanner title={`${fileName} imported`}>
            <p className="govuk-body">
              {run.data.created} new, {run.data.updated} changed, {run.data.unchanged} unchanged. <Link className="govuk-link" to="/scorecard">Open the scorecard</Link>
            </p>
          </SuccessBanner>
        )}
        <h1 className="govuk-heading-xl">Import figures</h1>
        <p className="govuk-body">
          Upload a CSV file in DfE&apos;s tidy layout. Promise checks every row first and imports nothing if any row has a problem.
        </p>
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">The layout of the file</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">A header row, then one row for each {kind === 'values' ? 'value' : 'target'}:</p>
            <pre className="govuk-body-s">
              {layout.columns}
              {'\n'}
              {layout.example}
            </pre>
            <p className="govuk-body">{layout.note}</p>
          </div>
        </details>
        <form onSubmit={check} noValidate>
          <Radios
            name="kind"
            legend="What does the file hold?"
            inline
            value={kind}
            onChange={(value) => {
              setKind(value as ImportKind);
              preview.reset();
              run.reset();
            }}
            items={[
              { value: 'values', text: 'Values' },
              { value: 'targets', text: 'Targets' },
            ]}
          />
          <div className={`govuk-form-group${noFile ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="file">
              CSV file
            </label>
            {noFile && <ErrorMessage id="file-error">{NO_FILE}</ErrorMessage>}
            <input
              className={`govuk-file-upload${noFile ? ' govuk-file-upload--error' : ''}`}
              id="file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={noFile ? 'file-error' : undefined}
              onChange={() => setNoFile(false)}
            />
          </div>
          <Button variant="secondary" disabled={preview.isPending}>
            Check the file
          </Button>
        </form>

        {problems.length > 0 && (
          <Table id="problems" caption={`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: nothing was imported`} head={['Row', 'Column', 'Problem']}>
            {problems.map((p, index) => (
              <TableRow key={index}>
                <TableCell>{p.row ?? '–'}</TableCell>
                <TableCell>{p.field}</TableCell>
                <TableCell>{p.message}</TableCell>
              </TableRow>
            ))}
          </Table>
        )}

        {preview.data && !run.data && csv && (
          <>
            <h2 className="govuk-heading-m">The file is ready to import</h2>
            <dl className="govuk-summary-list">
              {[
                ['Rows', preview.data.rows],
                [`New ${kind}`, preview.data.created],
                [`Changed ${kind}`, preview.data.updated],
                [`Unchanged ${kind}`, preview.data.unchanged],
              ].map(([key, value]) => (
                <div key={key} className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{key}</dt>
                  <dd className="govuk-summary-list__value">{value}</dd>
                </div>
              ))}
            </dl>
            <Button type="button" disabled={run.isPending} onClick={() => run.mutate({ kind, csv, dryRun: false })}>
              Import {preview.data.rows} rows
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
