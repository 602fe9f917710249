/** An eligibility age or duration ("18 Years") in days, for comparison; undefined when not of that form. */
export function ageInDays(value: string | undefined): number | undefined {
  const match = value
    ? /^(\d+) (Year|Years|Month|Months|Week|Weeks|Day|Days|Hour|Hours|Minute|Minutes)$/.exec(value)
    : null;
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] as string).replace(/s$/, '');
  const days: Record<string, number> = {
    Year: 365.25,
    Month: 30.4375,
    Week: 7,
    Day: 1,
    Hour: 1 / 24,
    Minute: 1 / 1440,
  };
  return amount * (days[unit] ?? Number.NaN);
}

/** Age in whole years (rounded down), or undefined. */
export function ageInYears(value: string | undefined): number | undefined {
  const days = ageInDays(value);
  return days === undefined ? undefined : Math.floor(days / 365.25 + 1e-9);
}
