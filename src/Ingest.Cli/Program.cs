using System.CommandLine;
using Ingest.Cli.Commands;

Environment.SetEnvironmentVariable("OMP_THREAD_LIMIT", "1");
Console.OutputEncoding = System.Text.Encoding.UTF8;

var root = new RootCommand("Ingest: Vietnamese directives → searchable tasks, owners, deadlines and targets.")
{
    CommonOptions.Data,
    CommonOptions.Port,
    ServeCommand.Create(),
    AddCommand.Create(),
    ExtractCommand.Create(),
    OcrCommand.Create(),
    SearchCommand.Create(),
    TrainCommand.Create(),
    ReindexCommand.Create(),
    EvalCommand.Create(),
    NormalizeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
