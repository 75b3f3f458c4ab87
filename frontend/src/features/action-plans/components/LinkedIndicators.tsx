import { Link } from 'react-router';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { RagTag } from '@/components/RagTag';
import { formatReading } from '@/lib/format';
import type { ActionItemDetail } from '../api/useActionItem';
import { periodLabel } from '@/lib/periods';

/** The indicators that measure the item, as the authority's latest scorecard shows them; nothing when there are none. */
export function LinkedIndicators({ indicators, authority }: { indicators: ActionItemDetail['indicators']; authority: string }) {
  if (indicators.length === 0) return null;
  return (
    // Five columns are wider than a phone: the table scrolls sideways rather than the page.
    <div className="app-table-scroll">
      <Table caption="Indicators that measure this item, from the latest scorecard" captionSize="s" head={['Indicator', 'Year', 'Value', 'Target', 'RAG']}>
        {indicators.map((indicator) => (
          <TableRow key={indicator.code}>
            <RowHeader>
              <Link className="govuk-link" to={`/indicators/${indicator.code}?area=${authority}`}>
                {indicator.name}
              </Link>
            </RowHeader>
            <TableCell>{indicator.period ? periodLabel(indicator.period) : '–'}</TableCell>
            <TableCell>{indicator.period ? formatReading(indicator.unit, indicator.decimals, indicator.value, indicator.symbol) : 'No value yet'}</TableCell>
            <TableCell>{indicator.target != null ? formatReading(indicator.unit, indicator.decimals, indicator.target) : 'None'}</TableCell>
            <TableCell>
              <RagTag rag={indicator.rag ?? 'none'} />
            </TableCell>
          </TableRow>
        ))}
      </Table>
    </div>
  );
}
