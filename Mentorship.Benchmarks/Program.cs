using Mentorship.Benchmarks;

// Benchmarks run apart from the tests: ./mentorship bench mentors [--rounds N] [--seconds S] [--soak S],
// ./mentorship bench subscriptions [--subscribers N] [--events requests|sessions] [--bursts N], ./mentorship bench slots [--requests N].
try
{
    return args switch
    {
        ["subscriptions", .. var rest] => await SubscriptionBenchmark.RunAsync(BenchmarkArguments.Parse(rest)),
        ["mentors", .. var rest] => await MentorsBenchmark.RunAsync(MentorsArguments.Parse(rest)),
        ["slots", .. var rest] => await SlotsBenchmark.RunAsync(SlotsArguments.Parse(rest)),
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
    Console.Error.WriteLine("Usage: Mentorship.Benchmarks mentors --server <Mentorship.GraphQL.dll> --database <superuser connection string> [--rounds N] [--seconds S] [--connections N] [--soak S]");
    Console.Error.WriteLine("       Mentorship.Benchmarks subscriptions --server <Mentorship.GraphQL.dll> --database <superuser connection string> [--subscribers N] [--events requests|sessions] [--bursts N]");
    Console.Error.WriteLine("       Mentorship.Benchmarks slots --database <superuser connection string> [--requests N]");
    return 2;
}
