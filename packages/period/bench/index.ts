// Benchmarks for @kehoach/period: each compares against its baseline in one run and prints ratios.
export {};
