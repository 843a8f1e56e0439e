namespace Bot.Engine.Text;

/// <summary>The marks that open and close someone's quoted words, straight and curly.</summary>
internal static class QuotationMarks
{
    public static readonly char[] Double = ['"', '\u201C', '\u201D'];
}
