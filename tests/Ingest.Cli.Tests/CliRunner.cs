using System.CommandLine;
using Ingest.Cli.Commands;

namespace Ingest.Cli.Tests;

/// <summary>Runs verbs under a root command like the CLI's, capturing standard output and error.</summary>
public static class CliRunner
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { CommonOptions.Data, CommonOptions.Port, SearchCommand.Create(), ReindexCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
