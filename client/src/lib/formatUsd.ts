/** "$0.24" from the API's decimal string; null when there is no figure. */
export function formatUsd(value: string | number | undefined): string | null {
  if (value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? `$${number.toFixed(2)}` : String(value);
}

/** "4 posters, about $0.96": what a click of Generate will draw and likely cost. */
export function batchCostSentence(count: number, perPoster: string | undefined): string {
  const posters = `${count} poster${count === 1 ? '' : 's'}`;
  const each = Number(perPoster);
  if (perPoster === undefined || perPoster === '' || !Number.isFinite(each)) return posters;
  return `${posters}, about ${formatUsd(each * count)}`;
}
