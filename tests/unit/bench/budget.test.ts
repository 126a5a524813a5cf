import { describe, expect, test } from 'vitest';
import { formatFigure, formatLimit, judge, testedLimit, type Budget } from '../../../bench/lib/budget';

const ceiling: Budget = { label: 'bytes', unit: 'bytes', max: 12_000 };
const floor: Budget = { label: 'score', unit: 'score', min: 100 };

describe('judge', () => {
  test.each([
    [ceiling, 12_000, { status: 'met', by: 0 }],
    [ceiling, 12_500, { status: 'missed', by: 500 }],
    [floor, 100, { status: 'met', by: 0 }],
    [floor, 97, { status: 'missed', by: 3 }],
    [ceiling, undefined, { status: 'not measured', by: 0 }],
  ] as const)('%o with %s', (budget, value, verdict) => {
    expect(judge(budget, value)).toEqual(verdict);
  });

  test('a figure without a limit is shown, never failed', () => {
    expect(judge({ label: 'shown only', unit: 'ms' }, 9e9).status).toBe('met');
  });
});

describe('testedLimit', () => {
  test('is the budget itself while it is met', () => {
    expect(testedLimit(ceiling)).toBe(12_000);
  });

  test('is the held ceiling while the budget is knowingly missed, and the bench still judges against the budget', () => {
    const missed: Budget = { ...ceiling, held: 17_000 };
    expect(testedLimit(missed)).toBe(17_000);
    expect(judge(missed, 16_500)).toEqual({ status: 'missed', by: 4_500 });
  });
});

describe('formatFigure', () => {
  test.each([
    [12_345, 'bytes', '12.3 KB'],
    [9_999_000, 'bytes', '9999.0 KB'],
    [2_968_313_856, 'bytes', '2968.3 MB'],
    [1_000_000_000, 'bytes', '1000.0 MB'],
    [340, 'ms', '340 ms'],
    [2_812, 'ms', '2.81 s'],
    [0.934, 'exponent', '0.93'],
    [1, 'yes/no', 'yes'],
    [0, 'yes/no', 'no'],
    [undefined, 'ms', '–'],
  ] as const)('%s %s reads %s', (value, unit, text) => {
    expect(formatFigure(value, unit)).toBe(text);
  });
});

test('formatLimit says which side of the budget is good', () => {
  expect(formatLimit(ceiling)).toBe('≤ 12.0 KB');
  expect(formatLimit(floor)).toBe('≥ 100');
});
