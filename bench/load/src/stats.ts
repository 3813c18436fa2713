export { int, median, ms, percentile, table } from '@leadstatus/bench-support/stats';
