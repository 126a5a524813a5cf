/** Figures held to the budgets in `bench/budgets.ts`. */

export type Unit = 'bytes' | 'ms' | 'count' | 'score' | 'exponent' | 'ratio' | 'yes/no';

export interface Budget {
  label: string;
  unit: Unit;
  /** The figure must not exceed this… */
  max?: number;
  /** …or must reach at least this. */
  min?: number;
  /** The same figure for the Starlight page the issue compares against, where one was measured. */
  starlight?: number;
  /**
   * While a byte budget is knowingly missed, the ceiling `npm test` holds the figure to instead,
   * so it cannot grow unnoticed; the bench still prints the budget and names the miss.
   */
  held?: number;
}

/** The limit `npm test` asserts: the budget itself, or its ceiling while it is knowingly missed. */
export function testedLimit(budget: Budget): number | undefined {
  return budget.held ?? budget.max;
}

export interface Verdict {
  status: 'met' | 'missed' | 'not measured';
  /** How far past the budget a missed figure is, in the figure's unit. */
  by: number;
}

export function judge(budget: Budget, value: number | undefined): Verdict {
  if (value === undefined || Number.isNaN(value)) return { status: 'not measured', by: 0 };
  if (budget.max !== undefined && value > budget.max) return { status: 'missed', by: value - budget.max };
  if (budget.min !== undefined && value < budget.min) return { status: 'missed', by: budget.min - value };
  return { status: 'met', by: 0 };
}

/** A figure as a reader of the table wants it: kilobytes to one decimal (1 KB = 1,000 bytes), or megabytes from 10 MB (a build's memory, a site's size), seconds or milliseconds. */
export function formatFigure(value: number | undefined, unit: Unit): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  switch (unit) {
    case 'bytes':
      return value >= 10_000_000 ? `${(value / 1_000_000).toFixed(1)} MB` : `${(value / 1000).toFixed(1)} KB`;
    case 'ms':
      return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
    case 'exponent':
    case 'ratio':
      return value.toFixed(2);
    case 'yes/no':
      return value >= 1 ? 'yes' : 'no';
    default:
      return String(Math.round(value));
  }
}

export function formatLimit(budget: Budget): string {
  if (budget.max !== undefined) return `≤ ${formatFigure(budget.max, budget.unit)}`;
  if (budget.min !== undefined) return budget.unit === 'yes/no' ? 'yes' : `≥ ${formatFigure(budget.min, budget.unit)}`;
  return '';
}
