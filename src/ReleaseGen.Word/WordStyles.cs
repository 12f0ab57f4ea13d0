using System.Security;

namespace ReleaseGen.Word;

/// <summary>
/// The look of a release in Word, matching the PDF: Liberation Sans (Arial where it is missing),
/// 10 pt body text, a centred Title, Heading 1-3, table, note and footnote styles, and the document's
/// language on the defaults so proofing and screen readers use it.
/// </summary>
internal static class WordStyles
{
    public const string FontFamily = "Liberation Sans";

    /// <summary>What Word and LibreOffice use when Liberation Sans is not installed: metric-compatible Arial.</summary>
    public const string FallbackFontFamily = "Arial";

    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string BodyText = "BodyText";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string PlainText = "PlainText";
    public const string TableText = "TableText";
    public const string TableTitle = "TableTitle";
    public const string TableNote = "TableNote";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Hyperlink = "Hyperlink";
    public const string Footer = "Footer";
    public const string TableGrid = "ReleaseTable";

    public const string TextColor = "1A1A1A";
    public const string HeadingColor = "12345A";
    public const string MutedColor = "555555";
    public const string RuleColor = "333333";
    public const string GroupShading = "F0F3F7";
    public const string InsertedColor = "0B57A8";
    public const string DeletedColor = "A40000";

    /// <summary>The styles part for a document in <paramref name="language"/>, with right tab stops at <paramref name="textWidth"/> twips.</summary>
    public static string Xml(string language, int textWidth)
    {
        var lang = SecurityElement.Escape(language);
        return $$"""
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="{{FontFamily}}" w:hAnsi="{{FontFamily}}" w:eastAsia="{{FontFamily}}" w:cs="{{FontFamily}}"/><w:color w:val="{{TextColor}}"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="{{lang}}" w:eastAsia="{{lang}}" w:bidi="{{lang}}"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="317" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
              <w:style w:type="paragraph" w:styleId="{{Title}}"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="{{BodyText}}"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="240" w:line="276" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="{{HeadingColor}}"/><w:kern w:val="28"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{Heading1}}"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="{{BodyText}}"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="300" w:after="120" w:line="276" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="{{HeadingColor}}"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{Heading2}}"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="{{BodyText}}"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="{{HeadingColor}}"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{Heading3}}"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="{{BodyText}}"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val="{{HeadingColor}}"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{BodyText}}"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{ListParagraph}}"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="140"/><w:ind w:left="320"/><w:contextualSpacing/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{Quote}}"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="{{BodyText}}"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="16" w:space="8" w:color="B0B8C4"/></w:pBdr><w:ind w:left="360" w:right="280"/></w:pPr><w:rPr><w:color w:val="{{MutedColor}}"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{PlainText}}"><w:name w:val="Plain Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="140" w:line="240" w:lineRule="auto"/><w:ind w:left="280"/></w:pPr><w:rPr><w:color w:val="{{MutedColor}}"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{TableText}}"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{TableTitle}}"><w:name w:val="Table Title"/><w:basedOn w:val="{{TableText}}"/><w:next w:val="{{TableText}}"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="80"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{TableNote}}"><w:name w:val="Table Note"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{FootnoteText}}"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
              <w:style w:type="character" w:styleId="{{FootnoteReference}}"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
              <w:style w:type="character" w:styleId="{{Hyperlink}}"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0B57A8"/><w:u w:val="single"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="{{Footer}}"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="{{MutedColor}}"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="{{textWidth}}"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="{{MutedColor}}"/><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr></w:style>
              <w:style w:type="table" w:styleId="{{TableGrid}}"><w:name w:val="Release Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="{{RuleColor}}"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="{{RuleColor}}"/></w:tblBorders><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="72" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="72" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            </w:styles>
            """;
    }

    /// <summary>The font table: Liberation Sans, with Arial named as its alternative.</summary>
    public static string FontTableXml => $$"""
        <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:font w:name="{{FontFamily}}"><w:altName w:val="{{FallbackFontFamily}}"/><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
          <w:font w:name="{{FallbackFontFamily}}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
        </w:fonts>
        """;
}
