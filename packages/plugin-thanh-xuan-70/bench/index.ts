// Benchmarks for @kehoach/plugin-thanh-xuan-70: each compares against its baseline in one run and prints ratios.
export {};
