using Bot.Engine.Extraction;
using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

public sealed class CaptionExtractionTests
{
    [Theory]
    [InlineData("Image: Dock workers unload a trawler in the port of Arica, Chile, on May 3, 2025.")]
    [InlineData("Photo: Dock workers unload a trawler in the port of Arica.")]
    [InlineData("PICTURE: Dock workers unload a trawler in the port of Arica.")]
    [InlineData("Pictured: Dock workers unload a trawler in the port of Arica.")]
    [InlineData("Caption: Dock workers unload a trawler in the port of Arica.")]
    [InlineData("Main image: Dock workers unload a trawler in the port of Arica.")]
    [InlineData("Image: Dock workers unload a trawler in the port of Arica, on May 3, 2025. (Photo by Jo Roe/Harbour Agency)")]
    [InlineData("Dock workers unload a trawler in the port of Arica, on May 3, 2025. (Photo by Jo Roe/Harbour Agency)")]
    [InlineData("Dock workers unload a trawler in the port of Arica. (Photo credit: Harbour Agency)")]
    [InlineData("Dock workers unload a trawler in the port of Arica. (AFP)")]
    [InlineData("Mayor Ines Ortega at a port meeting in Lima in 2019.")]
    public void Extract_ReadsAParagraphAsACaption_WhenItHasAPhotoLabelCreditOrIsAVerblessScene(string caption)
    {
        var model = Drafts.Of("Peru and Chile widened their fishing pact.", caption, "Ferries run daily.");

        Assert.Equal([caption], Captions(model));
    }

    [Theory]
    [InlineData("The image of the port changed when dock workers went on strike.")]
    [InlineData("Photos of the pier spread online: dock workers shared them widely.")]
    [InlineData("Dock workers unload a trawler in the port of Arica (the busiest in the north).")]
    public void Extract_ReadsNoCaption_WhenAParagraphOnlyTalksAboutImages(string paragraph)
    {
        var model = Drafts.Of("Peru and Chile widened their fishing pact.", paragraph, "Ferries run daily.");

        Assert.Empty(Captions(model));
    }

    [Fact]
    public void Extract_ReadsACaption_PlacedUnderTheAuthorsBio()
    {
        var model = Drafts.Of("Peru and Chile widened their fishing pact.", "Ferries run daily.",
            "Ada Writer is a reporter at the Valley Post.", "Image: Dock workers unload a trawler in Arica. (Photo by Jo Roe/Harbour Agency)");

        Assert.Equal(["Image: Dock workers unload a trawler in Arica. (Photo by Jo Roe/Harbour Agency)"], Captions(model));
        Assert.Single(model.Article.Blocks, b => b.Kind == BlockKind.Bio);
    }

    [Fact]
    public void Extract_SaysWhoIsPictured_WithoutTheCaptionsLabelOrCredit()
    {
        var model = Drafts.Of("Mayor Ines Ortega met Jorge Vela in 2019.",
            "Photo: Mayor Ines Ortega (left) with her Chilean counterpart Jorge Vela in Lima in 2019 (Photo by Jo Roe/Harbour Agency)", "The talks went on.");

        Assert.EndsWith("pictured: Mayor Ines Ortega with her Chilean counterpart Jorge Vela in Lima in 2019", model.Actor("Jorge Vela").Role, StringComparison.Ordinal);
    }

    private static List<string> Captions(ArticleModel model) =>
        model.Article.Blocks.Where(b => b.Kind == BlockKind.Caption).Select(b => b.Text).ToList();
}
