import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Radios } from './Radios';

describe('Radios', () => {
  it('asks its question in a fieldset described by its hint and then its error', () => {
    render(
      <Radios
        name="status"
        legend="Status"
        hint="Final figures are published"
        error="Choose a status"
        value=""
        onChange={() => undefined}
        items={[
          { value: 'provisional', text: 'Provisional', hint: 'Seen only within your authority' },
          { value: 'final', text: 'Final' },
        ]}
      />,
    );
    const group = screen.getByRole('group', { name: 'Status' });
    expect(group).toHaveAttribute('aria-describedby', 'status-hint status-error');
    expect(group).toHaveAccessibleDescription('Final figures are published Error: Choose a status');
    expect(screen.getByLabelText('Provisional')).toHaveAttribute('id', 'status');
    expect(screen.getByLabelText('Provisional')).toHaveAccessibleDescription('Seen only within your authority');
    expect(screen.getByLabelText('Final')).toHaveAttribute('id', 'status-final');
  });

  it('describes nothing when there is neither hint nor error, and reports the choice made', async () => {
    const onChange = vi.fn();
    render(<Radios name="kind" legend="What does the file hold?" inline value="values" onChange={onChange} items={[{ value: 'values', text: 'Values' }, { value: 'targets', text: 'Targets' }]} />);
    expect(screen.getByRole('group', { name: 'What does the file hold?' })).not.toHaveAttribute('aria-describedby');
    expect(screen.getByLabelText('Values')).toBeChecked();
    await userEvent.click(screen.getByLabelText('Targets'));
    expect(onChange).toHaveBeenCalledWith('targets');
  });
});
