// The part of jStat's API that calibration uses (jstat ships no TypeScript types).
declare module 'jstat' {
  const jStat: { chisquare: { cdf(x: number, dof: number): number } };
  export default jStat;
}
