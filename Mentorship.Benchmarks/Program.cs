using Mentorship.Benchmarks;

// Benchmarks run apart from the tests: ./mentorship bench subscriptions [--subscribers N].
try
{
    return args switch
    {
        ["subscriptions", .. var rest] => await SubscriptionBenchmark.RunAsync(BenchmarkArguments.Parse(rest)),
        _ => Usage(),
    };
}
catch (ArgumentException invalid)
{
    Console.Error.WriteLine(invalid.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("Usage: Mentorship.Benchmarks subscriptions --server <Mentorship.GraphQL.dll> --database <superuser connection string> [--subscribers N]");
    return 2;
}
