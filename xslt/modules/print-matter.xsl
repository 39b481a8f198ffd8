<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print edition, front and back matter. Both are laid out after the body, from data the
  Python side prepared (page numbers read from the laid-out body, index entries sorted
  by each book language's collation), so this module only arranges them on the page.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:b="urn:triglot:print"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="front" on-no-match="shallow-skip"/>
  <xsl:mode name="back" on-no-match="shallow-skip"/>
  <xsl:mode name="furniture" on-no-match="shallow-skip"/>

  <!-- One empty page a page of the body: print.css draws its running heads and folio. -->
  <xsl:template match="b:furniture" mode="furniture">
    <body class="furniture">
      <xsl:for-each select="b:page">
        <div class="furniture-page" data-verso="{@verso}" data-recto="{@recto}"/>
      </xsl:for-each>
    </body>
  </xsl:template>

  <!-- Title page (recto), edition statement and licence (verso), contents. -->
  <xsl:template match="b:front" mode="front">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <xsl:variable name="front" select="."/>
    <body class="front cols-{count($langs)}">
      <section class="title-page">
        <!-- each title once: a column whose title is not translated would repeat the one before it -->
        <xsl:for-each-group select="$langs" group-by="b:ui($front, 'book-title', .)">
          <p class="book-title" lang="{current-group()[1]}">
            <xsl:value-of select="current-grouping-key()"/>
          </p>
        </xsl:for-each-group>
        <!-- a language without print strings of its own (French, Turkish: said in English) gets
             its line without the phrase: "Parallel edition: Anglais – Français" was an English
             phrase with French names; the names alone say the book's languages in French -->
        <xsl:for-each select="$langs">
          <xsl:variable name="lang" select="."/>
          <p class="book-kind" lang="{$lang}">
            <xsl:if test="b:said-in($front, $lang) = $lang">
              <xsl:sequence select="b:ui-in($front, 'Parallel edition', $lang)"/>
              <xsl:text>: </xsl:text>
            </xsl:if>
            <xsl:value-of select="string-join($front/b:langname[@in = $lang]/string(), ' – ')"/>
          </p>
        </xsl:for-each>
        <p class="editors">
          <span class="label"><xsl:sequence select="b:ui-all(., 'Edited by', $langs)"/></span>
          <br/>
          <xsl:value-of select="string-join(b:editors/b:editor, ', ')"/>
        </p>
      </section>
      <section class="imprint">
        <!-- only the parts the documents give: "Edition: — ," where they gave no statement or none at all -->
        <xsl:variable name="edition" select="string-join((string-join((b:edition/@version, b:edition/@statement)[. != ''], ' — '),
                                                          b:edition/@date)[. != ''], ', ')"/>
        <xsl:if test="$edition != ''">
          <p class="edition">
            <span class="label"><xsl:sequence select="b:ui-all(., 'Edition', $langs)"/>: </span>
            <xsl:value-of select="$edition"/>
          </p>
        </xsl:if>
        <p class="publisher"><xsl:value-of select="b:edition/@publisher"/></p>
        <p class="licence">
          <span class="label"><xsl:sequence select="b:ui-all(., 'Licence', $langs)"/>: </span>
          <xsl:value-of select="b:edition/@licence"/>
          <xsl:if test="b:edition/@licence-url != ''">
            <br/><a href="{b:edition/@licence-url}"><xsl:value-of select="b:edition/@licence-url"/></a>
          </xsl:if>
        </p>
        <xsl:variable name="generic" select="'Draft translations have not been reviewed by a translator and are marked as drafts; a passage not yet translated says so in its column.'"/>
        <xsl:for-each select="$langs">
          <xsl:variable name="lang" select="."/>
          <!-- the language whose print strings this column uses: its own, or another's when it has no catalog -->
          <xsl:variable name="said-in" select="(key('ui', 'strings-lang|' || $lang, $front) ! string(), $lang)[1]"/>
          <xsl:variable name="own" select="key('ui', 'statement|' || $lang, $front) ! string()"/>
          <xsl:choose>
            <xsl:when test="$said-in = $lang">
              <p class="statement" lang="{$lang}">
                <!-- The edition's own statement of what its columns are (print.statement), then the generic one. -->
                <xsl:value-of select="string-join(($own, b:ui($front, $generic, $lang)), ' ')"/>
              </p>
            </xsl:when>
            <xsl:otherwise>
              <xsl:if test="exists($own)"><p class="statement" lang="{$lang}"><xsl:value-of select="$own"/></p></xsl:if>
              <!-- the generic sentence once per language it is said in, and not where that language's column says it -->
              <xsl:if test="not($said-in = $langs) and not(subsequence($langs, 1, index-of($langs, $lang)[1] - 1)
                            ! (key('ui', 'strings-lang|' || ., $front) ! string()) = $said-in)">
                <p class="statement" lang="{$said-in}"><xsl:value-of select="b:ui($front, $generic, $lang)"/></p>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </section>
      <xsl:apply-templates select="." mode="contents"/>
      <xsl:if test="@pad = 'true'"><div class="pad"/></xsl:if>
    </body>
  </xsl:template>

  <!-- A part of the front matter that only goes on with the contents (the contents of a
       large edition is laid out in parts, triglot.print.builder): numbered on from the
       part before, beginning on a verso when its first number is even. -->
  <xsl:template match="b:front[@continued = 'true']" mode="front">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <body class="front cols-{count($langs)}">
      <xsl:apply-templates select="." mode="contents"/>
      <xsl:if test="@pad = 'true'"><div class="pad"/></xsl:if>
    </body>
  </xsl:template>

  <xsl:mode name="contents" on-no-match="shallow-skip"/>

  <!-- The contents begin with their title (the bookmark and the anchor); contents continued
       from the part before have none, but every part's table has its header cells. -->
  <xsl:template match="b:front" mode="contents">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <section class="contents" id="contents">
      <h1 class="matter-title"><xsl:sequence select="b:ui-all(., 'Contents', $langs)"/></h1>
      <xsl:apply-templates select="b:toc" mode="contents"/>
    </section>
  </xsl:template>

  <xsl:template match="b:front[@continued = 'true']" mode="contents">
    <section class="contents continued">
      <xsl:apply-templates select="b:toc" mode="contents"/>
    </section>
  </xsl:template>

  <xsl:template match="b:toc" mode="contents">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <table class="toc">
      <thead>
        <tr>
          <th scope="col" class="toc-titles"><xsl:sequence select="b:ui-all(.., 'Document', $langs)"/></th>
          <th scope="col" class="toc-page"><xsl:sequence select="b:ui-all(.., 'Page', $langs)"/></th>
        </tr>
      </thead>
      <tbody><xsl:apply-templates select="b:entry" mode="front"/></tbody>
    </table>
  </xsl:template>

  <xsl:template match="b:toc/b:entry" mode="front">
    <tr class="toc-entry level-{@level}">
      <td class="toc-titles">
        <xsl:for-each select="b:t">
          <a class="toc-title" lang="{@lang}" href="#{../@target}"><xsl:value-of select="."/></a>
        </xsl:for-each>
      </td>
      <td class="toc-page"><a href="#{@target}"><xsl:value-of select="@page"/></a></td>
    </tr>
  </xsl:template>

  <!-- Chronology, then an index of persons and of places for each language of the book. -->
  <xsl:template match="b:back" mode="back">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <body class="back cols-{count($langs)}">
      <xsl:apply-templates select="b:chronology, b:index" mode="back"/>
    </body>
  </xsl:template>

  <xsl:template match="b:chronology" mode="back">
    <xsl:param name="langs" as="xs:string+" tunnel="yes"/>
    <xsl:variable name="title" as="node()*" select="b:ui-all(., 'Chronology', $langs)"/>
    <section class="chronology">
      <xsl:apply-templates select="." mode="matter-title"><xsl:with-param name="title" select="$title"/></xsl:apply-templates>
      <table class="chrono">
        <thead>
          <tr>
            <th scope="col" class="when"><xsl:sequence select="b:ui-all(., 'Date', $langs)"/></th>
            <th scope="col" class="what"><xsl:sequence select="b:ui-all(., 'Event', $langs)"/></th>
            <th scope="col" class="where"><xsl:sequence select="b:ui-all(., 'Pages', $langs)"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:variable name="piece" select="b:piece(.)"/>
          <xsl:for-each select="b:event">
            <tr data-row="{$piece}.{position()}">
              <td class="when">
                <xsl:for-each select="b:when">
                  <span class="line" lang="{@lang}"><xsl:apply-templates select="text()" mode="inline"/></span>
                </xsl:for-each>
              </td>
              <td class="what">
                <xsl:for-each select="b:what">
                  <span class="line" lang="{@lang}"><xsl:apply-templates select="text()" mode="inline"/></span>
                </xsl:for-each>
              </td>
              <td class="where"><xsl:apply-templates select="b:pages" mode="pages"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- Which piece of the part a chronology or index is (1, 2, …): its rows are marked "piece.row"
       (data-row), so that the rows on a part's last page can be found and carried into the next
       part, which goes on with the section (triglot.print.parts.carry_last_page). -->
  <xsl:function name="b:piece" as="xs:integer">
    <xsl:param name="section" as="element()"/>
    <xsl:sequence select="count($section/preceding-sibling::b:chronology | $section/preceding-sibling::b:index) + 1"/>
  </xsl:function>

  <!-- A section of the back matter begins with its title (the anchor of the contents and
       the bookmark); a section continued from the part before (the back matter is laid
       out in parts, triglot.print.builder) has no title of its own, only its running head. -->
  <xsl:template match="b:chronology | b:index" mode="matter-title">
    <xsl:param name="title" as="node()*"/>
    <h1 class="matter-title" id="{@id}"><xsl:sequence select="$title"/></h1>
  </xsl:template>

  <xsl:template match="b:chronology[@continued = 'true'] | b:index[@continued = 'true']" mode="matter-title">
    <xsl:param name="title" as="node()*"/>
    <xsl:attribute name="data-head" select="normalize-space(string-join($title ! string()))"/>
  </xsl:template>

  <xsl:template match="b:index" mode="back">
    <xsl:variable name="title" as="node()*">
      <!-- its title as triglot.print.book.index_title gives it: in the words of its language, or of the
           language its strings fall back to, then naming its own (marked as in that language) -->
      <xsl:variable name="said-in" select="b:said-in(., @lang)"/>
      <xsl:choose>
        <xsl:when test="$said-in = @lang"><xsl:value-of select="@title"/></xsl:when>
        <xsl:otherwise><span lang="{$said-in}"><xsl:value-of select="@title"/></span></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <section class="index {@kind}" lang="{@lang}">
      <xsl:apply-templates select="." mode="matter-title"><xsl:with-param name="title" select="$title"/></xsl:apply-templates>
      <div class="index-entries">
        <xsl:variable name="piece" select="b:piece(.)"/>
        <xsl:for-each select="b:entry">
          <p class="ix-entry" data-row="{$piece}.{position()}">
            <xsl:value-of select="b:name"/>
            <xsl:text>, </xsl:text>
            <xsl:apply-templates select="b:pages" mode="pages"/>
          </p>
        </xsl:for-each>
      </div>
    </section>
  </xsl:template>
</xsl:stylesheet>
