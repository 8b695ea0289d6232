using Ingest.Extraction.Classification;
using Ingest.Extraction.Evaluation;
using Ingest.Extraction.Owners;
using Ingest.Text;

namespace Ingest.Cli.Commands;

/// <summary>What the models learn from gold documents: labelled paragraphs for the classifier, owner names for the gazetteer.</summary>
public static class GoldTraining
{
    /// <summary>The paragraphs of the documents' raw text, labelled by pairing with their gold tasks and targets.</summary>
    public static List<SegmentInput> Samples(string goldDir, IEnumerable<GoldDocument> documents)
    {
        var sources = new TextSources([new Text.Plain.PlainTextSource()]); // the corpus is text: no OCR needed
        var raw = CorpusLayout.RawDirectory(goldDir);
        var samples = new List<SegmentInput>();
        foreach (var document in documents)
        {
            var path = Path.Combine(raw, document.Extraction.Document.File);
            var text = sources.Read(Path.GetFileName(path), File.ReadAllBytes(path)).FullText;
            samples.AddRange(SegmentLabeler.Label(text, document.Extraction));
        }
        return samples;
    }

    /// <summary>The gazetteer of the owners the documents' gold names.</summary>
    public static AgencyGazetteer Gazetteer(IEnumerable<GoldDocument> documents) =>
        AgencyGazetteer.Build(documents.SelectMany(d => d.Extraction.Tasks.SelectMany(t => t.Owners).Select(o => (d.Extraction.Document.File, o.Name))));
}
