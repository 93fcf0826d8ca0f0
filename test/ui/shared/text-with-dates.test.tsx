/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import { TextWithDates } from '../../../src/ui/shared/text-with-dates';
import { TillitProvider } from '../../../src/ui/shell/tillit-provider';

describe('TextWithDates: dates that never break across lines', () => {
  test('keeps the sentence whole and puts each ISO date, and only the dates, in its own element', () => {
    const { container } = render(
      <TillitProvider locale="sv">
        <p data-testid="reason">
          <TextWithDates text="Skulle ha förnyats 2026-10-01 och granskats 2026-12-24." />
        </p>
      </TillitProvider>
    );
    const paragraph = container.querySelector('[data-testid="reason"]');
    expect(paragraph?.textContent).toBe('Skulle ha förnyats 2026-10-01 och granskats 2026-12-24.');
    expect([...(paragraph?.querySelectorAll('span') ?? [])].map((span) => span.textContent)).toEqual(['2026-10-01', '2026-12-24']);
  });

  test('a sentence without a date is plain text', () => {
    const { container } = render(<TextWithDates text="Saknar klassning." />);
    expect(container.innerHTML).toBe('Saknar klassning.');
  });
});
