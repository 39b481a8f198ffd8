<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print edition: the text inside a block. Wrappers are emitted only where they carry
  style (italics, signatures) or an anchor (names, read back for the indexes), because
  every inline box changes how WeasyPrint breaks lines.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:b="urn:triglot:print"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="inline" on-no-match="text-only-copy"/>

  <xsl:key name="block" match="t:div[@type='base']//t:*[@xml:id]" use="@xml:id"/>

  <!-- A mention of a register entry: its anchor "ix.psn.ID.N" tells the index its page.
       N is the document's id, the id of the nearest element around the mention that has one
       (its passage, a note) and the mention's place among that element's mentions. Not
       generate-id(): it is unique only within one transformation (the body's parts are
       transformed apart, in different workers, where the same id once came out for mentions
       in different parts and one lost its page in the index), and it counts the trees the
       process built before, so the same book's anchors changed with the parts' scheduling. -->
  <xsl:template match="t:persName[@ref] | t:placeName[@ref]" mode="inline">
    <xsl:variable name="ref" select="tokenize(@ref)[1]"/>
    <xsl:variable name="holder" select="ancestor::*[@xml:id][1]"/>
    <xsl:variable name="place" select="count($holder//(t:persName | t:placeName)[@ref][. &lt;&lt; current()]) + 1"/>
    <span id="ix.{substring-before($ref, ':')}.{substring-after($ref, ':')}.{ancestor::t:TEI[1]/@xml:id}-{$holder/@xml:id}-{$place}">
      <xsl:apply-templates mode="inline"/>
    </span>
  </xsl:template>

  <!-- An error of the source and its correction, as documentary editions print it. -->
  <xsl:template match="t:choice[t:sic and t:corr]" mode="inline">
    <xsl:apply-templates select="t:sic/node()" mode="inline"/>
    <xsl:text> [</xsl:text><i>recte</i><xsl:text> </xsl:text>
    <xsl:apply-templates select="t:corr/node()" mode="inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="t:choice" mode="inline">
    <xsl:apply-templates select="(t:sic, t:orig, t:abbr, *)[1]" mode="inline"/>
  </xsl:template>

  <xsl:template match="t:sic[not(parent::t:choice)]" mode="inline">
    <xsl:apply-templates mode="inline"/>
    <xsl:text> [</xsl:text><i>sic</i><xsl:text>]</xsl:text>
  </xsl:template>

  <!-- A correction alone: the editors' reading, bracketed as theirs. -->
  <xsl:template match="t:corr[not(parent::t:choice)]" mode="inline">
    <xsl:text>[</xsl:text><i>recte</i><xsl:text> </xsl:text>
    <xsl:apply-templates mode="inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- A stage direction inside a line or paragraph: in italics, as between blocks. -->
  <xsl:template match="t:stage" mode="inline">
    <i class="stage"><xsl:apply-templates mode="inline"/></i>
  </xsl:template>

  <xsl:template match="t:supplied" mode="inline">
    <xsl:text>[</xsl:text><xsl:apply-templates mode="inline"/><xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="t:gap" mode="inline"><xsl:text>[…]</xsl:text></xsl:template>

  <xsl:template match="t:title[@level = ('m', 'j', 's')] | t:hi[contains(@rend, 'italic')] | t:emph"
                mode="inline">
    <i><xsl:apply-templates mode="inline"/></i>
  </xsl:template>

  <xsl:template match="t:foreign" mode="inline">
    <i lang="{@xml:lang}"><xsl:apply-templates mode="inline"/></i>
  </xsl:template>

  <!--
    A run in another language than its passage (a Russian title cited in the English text)
    keeps its language, for hyphenation and for the language of the tagged PDF.
  -->
  <xsl:template match="t:*[@xml:lang][not(self::t:foreign)]" mode="inline" priority="10">
    <span lang="{@xml:lang}"><xsl:next-match/></span>
  </xsl:template>

  <xsl:template match="t:lb" mode="inline"><br/></xsl:template>

  <xsl:template match="t:signed" mode="inline">
    <span class="signed"><xsl:apply-templates mode="inline"/></span>
  </xsl:template>

  <!--
    Editorial notes become footnotes, labelled per language (see b:note-label). A word
    joiner keeps a call on the line of the word it follows.

    Every footnote of a row floats from the base text's cell, the translations' notes
    after the base note they translate; a translation's text carries its label as a plain
    call. WeasyPrint lays the cells of a row out one after another and does not lay out
    an earlier cell again when a later one adds footnotes to the page, so footnotes
    floating from the second or third column can be printed over the first column's
    text where the row breaks across pages. From the first cell they take their room
    before any column of the row is placed.
  -->
  <xsl:key name="note-slot" match="t:div[@type='translation']//t:note"
           use="ancestor::t:div[@type='translation']/@xml:lang || '|' || substring(@corresp, 2)"/>

  <xsl:template match="t:div[@type='base']//t:note" mode="inline">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <xsl:variable name="note" select="."/>
    <xsl:variable name="n" as="xs:integer">
      <xsl:number level="any" count="t:note" from="t:div[@type='base']"/>
    </xsl:variable>
    <xsl:text>&#x2060;</xsl:text>
    <xsl:choose>
      <xsl:when test="b:endnote(., $langs)">
        <a class="note-call" href="#note-{(@xml:id, generate-id())[1]}"><xsl:value-of select="b:note-label($n, $base)"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="footnote"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note as the footnote it floats to from its call (and, after it, its translations). -->
  <xsl:template match="t:note" mode="footnote">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <xsl:variable name="note" select="."/>
    <xsl:variable name="n" as="xs:integer">
      <xsl:number level="any" count="t:note" from="t:div[@type='base']"/>
    </xsl:variable>
    <span class="fn" lang="{$base}" data-n="{b:note-label($n, $base)}">
      <xsl:apply-templates mode="inline"/>
    </span>
    <xsl:for-each select="$langs[. ne $base]">
      <xsl:variable name="slot" select="key('note-slot', . || '|' || $note/@xml:id, root($note))"/>
      <span class="fn joined" lang="{.}" data-n="{b:note-label($n, .)}">
        <xsl:choose>
          <xsl:when test="b:state($slot[1]) = 'untranslated'">
            <xsl:attribute name="class">fn joined missing</xsl:attribute>
            <xsl:sequence select="b:ui-in($note, 'Note not yet translated', .)"/>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="$slot[1]/node()" mode="inline"/></xsl:otherwise>
        </xsl:choose>
      </span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="t:div[@type='translation']//t:note" mode="inline">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <xsl:variable name="lang" select="ancestor::t:div[@type='translation']/@xml:lang"/>
    <xsl:variable name="english" select="key('block', substring(@corresp, 2))"/>
    <xsl:variable name="n" as="xs:integer">
      <xsl:number select="$english" level="any" count="t:note" from="t:div[@type='base']"/>
    </xsl:variable>
    <xsl:text>&#x2060;</xsl:text>
    <xsl:choose>
      <xsl:when test="$english and b:endnote($english, $langs)">
        <a class="note-call" href="#note-{$english/@xml:id}-{$lang}"><xsl:value-of select="b:note-label($n, $lang)"/></a>
      </xsl:when>
      <xsl:otherwise><span class="fn-call"><xsl:value-of select="b:note-label($n, $lang)"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    A note too long for the foot of a page is printed after its document's text, its calls
    linked to it. WeasyPrint 70 lays the footnote area out whole (never split across pages):
    a footnote taller than the page was drawn over the body and the running head and off the
    page's foot, where no reader or pdftotext finds it (1,500 words: 593 read). The limit is
    on the stack a call floats (the note and its translations in the book's languages), in
    characters: 2,400 set at 7.5 pt fill about 26 lines of this page, under half its height,
    so a stack under it and its call's line fit on one page; the edition's longest stack is
    1,925 (mikoyan1937.n3, three languages). A long word counts its characters too (10,000
    of them clipped at the right edge and ran off the foot).
  -->
  <xsl:function name="b:endnote" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:param name="langs" as="xs:string+"/>
    <xsl:sequence select="sum(($note, $langs[. ne $base] ! key('note-slot', . || '|' || $note/@xml:id, root($note))[1])
                              ! string-length(normalize-space(string(.)))) gt $b:footnote-chars"/>
  </xsl:function>
  <xsl:variable name="b:footnote-chars" as="xs:integer" select="2400"/>

  <!-- The document's long notes, after its text, each language's as its footnote would be. -->
  <xsl:template match="t:TEI" mode="endnotes">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <xsl:variable name="long" select="t:text/t:body/t:div[@type = 'base']//t:note[b:endnote(., $langs)]"/>
    <xsl:if test="exists($long)">
      <section class="endnotes">
        <h3 class="endnotes-title"><xsl:sequence select="b:ui-all(., 'Notes', $langs)"/></h3>
        <xsl:for-each select="$long">
          <xsl:variable name="note" select="."/>
          <xsl:variable name="n" as="xs:integer">
            <xsl:number level="any" count="t:note" from="t:div[@type='base']"/>
          </xsl:variable>
          <p class="endnote" id="note-{(@xml:id, generate-id())[1]}" lang="{$base}">
            <span class="endnote-label"><xsl:value-of select="b:note-label($n, $base)"/>. </span>
            <xsl:apply-templates mode="inline"/>
          </p>
          <xsl:for-each select="$langs[. ne $base]">
            <xsl:variable name="slot" select="key('note-slot', . || '|' || $note/@xml:id, root($note))"/>
            <p class="endnote" id="note-{$note/@xml:id}-{.}" lang="{.}">
              <span class="endnote-label"><xsl:value-of select="b:note-label($n, .)"/>. </span>
              <xsl:choose>
                <xsl:when test="b:state($slot[1]) = 'untranslated'">
                  <span class="missing"><xsl:sequence select="b:ui-in($note, 'Note not yet translated', .)"/></span>
                </xsl:when>
                <xsl:otherwise><xsl:apply-templates select="$slot[1]/node()" mode="inline"/></xsl:otherwise>
              </xsl:choose>
            </p>
          </xsl:for-each>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- untranslated, draft or reviewed (as triglot.edition.slot_state reads @ana). -->
  <xsl:function name="b:state" as="xs:string">
    <xsl:param name="slot" as="element()?"/>
    <xsl:sequence select="(tokenize($slot/@ana) ! substring-after(., '#')
                           [. = ('untranslated', 'draft', 'reviewed')], 'untranslated')[1]"/>
  </xsl:function>
</xsl:stylesheet>
