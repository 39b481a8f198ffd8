<?xml version="1.0" encoding="UTF-8"?>
<!--
  A dash never opens a line, in any language, in print and on the web (#17).

  Russian typography keeps a dash on the line of the word before it ("Баку — особенно"),
  as English does with a spaced em dash and with the en dash of a range ("1920 – 1921").
  Line breaking (UAX #14, which WeasyPrint's Pango and the browsers follow) allows a break
  at the space before a dash, and before an em dash even with no space, so a column could
  begin with "— Азербайджаном". Here the word before a dash, the spaces after it and the
  dash are one unbreakable run (class "dash-keep": white-space: nowrap in print.css and
  site.css): the line breaks after the dash instead. The characters stay those of the TEI
  (no no-break space is put in), so the extracted and copied text does not change. A text
  node that begins with its dash keeps it on the line of the element before it ("<name/> — …"
  by the spaces, "<name/>—…" by the element and the dash together). The chronology's dates
  ("December 22, 1920 – December 29, 1920") go through this mode too (print-matter.xsl).
  A suspended hyphen ("Lehr- und Erfahrungssaze", "auf- und abwärts") is kept on the line of
  the word after it the same way: a line ending in "auf-" was joined to the next by pdftotext
  and poppler viewers as a hyphenated word, so the copied text read "aufund abwärts".
  Imported by print.xsl and web.xsl: the text of every passage, note and title goes through
  mode "inline" in both.

  A dash that opens an element ("Баку <q>— особенно</q>", a name, a hi) had the break after the
  space before the element open to it: the line could begin with the dash. The word before the
  element and its spaces are one unbreakable run (enough for Chromium), and the print, where
  WeasyPrint breaks there all the same, puts a word joiner before such a dash ($dash-opening-joiner,
  set in print.xsl), as it does before note calls: WeasyPrint writes no text for a word joiner
  (print/invisible.py), so the text layer does not change.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- An element (a name, a date, a note call) followed by a dash with no space between:
       the element and the dash are kept together ("Zangezur—along with…"). -->
  <xsl:template match="*[following-sibling::node()[1][self::text()][starts-with(., '—') or starts-with(., '–')]]" mode="inline"
                priority="20">
    <span class="dash-keep"><xsl:next-match/><xsl:value-of select="substring(following-sibling::node()[1], 1, 1)"/></span>
  </xsl:template>

  <xsl:variable name="dash-opening-joiner" as="xs:string" select="''"/>

  <xsl:template match="text()[contains(., '—') or contains(., '–') or (contains(., '-') and matches(., '\p{L}-\s+\S'))] | text()[following-sibling::node()[1][self::*][starts-with(string(.), '—') or starts-with(string(.), '–')]]"
                mode="inline">
    <xsl:variable name="taken" as="xs:integer"
                  select="if (preceding-sibling::node()[1][self::*] and matches(., '^[—–]')) then 1 else 0"/>
    <xsl:variable name="text" select="substring(., 1 + $taken)"/>
    <!-- the word and spaces before an element that opens with a dash (a leading '|': XPath refuses a
         regular expression that can match nothing) -->
    <xsl:variable name="tail" select="if (following-sibling::node()[1][self::*][matches(string(.), '^[—–]')])
                                      then replace('|' || $text, '^\|.*?([^\s—–]*\s*)$', '$1', 's') else ''"/>
    <xsl:if test="not(preceding-sibling::node()) and matches(., '^[—–]')">
      <xsl:value-of select="$dash-opening-joiner"/>
    </xsl:if>
    <xsl:analyze-string select="substring($text, 1, string-length($text) - string-length($tail))" regex="[^\s—–]*\s*[—–]|[^\s—–]*\p{{L}}-\s+[^\s—–]+">
      <xsl:matching-substring><span class="dash-keep"><xsl:value-of select="."/></span></xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
    <xsl:if test="$tail != ''"><span class="dash-keep"><xsl:value-of select="$tail"/></span></xsl:if>
  </xsl:template>
</xsl:stylesheet>
