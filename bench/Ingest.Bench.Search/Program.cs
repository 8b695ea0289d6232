using Ingest.Bench.Search;

return SearchBenchmark.Run(args);
