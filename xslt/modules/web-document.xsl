<?xml version="1.0" encoding="UTF-8"?>
<!-- The document page: English, Russian and Armenian in parallel, one row per English
     block, each row with a stable anchor (the block's xml:id) and a citation; slots that
     are untranslated, draft, stale or reviewed say so in the reader's language. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="parallel" on-no-match="shallow-skip"/>

  <!-- How a document page gets the text of its passages: '' rendered in place; 'marks' each cell's
       text is a mark, filled after the page is written with the cells of the document rendered once
       for all its interfaces (a page of kind text-cells, web/text_cells.py), and the values those
       cells leave to the interface are written at the end of the text, to be cut out then. -->
  <xsl:param name="text-cells" as="xs:string" select="''"/>

  <xsl:key name="slot" match="tei:div[@type = 'translation']//*[@tg:state]"
           use="substring(@corresp, 2) || '@' || ancestor::tei:div[@type = 'translation'][1]/@xml:lang"/>
  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>

  <!-- The annotated TEI of a document page: parsed once per document, shared by its three interface languages. -->
  <xsl:param name="tei" as="document-node()?" select="()"/>
  <xsl:variable name="page" select="/tg:page"/>
  <xsl:variable name="ui" select="string(/tg:page/@ui)"/>
  <xsl:variable name="root" select="string(/tg:page/@root)"/>
  <xsl:variable name="page-model" select="/"/>
  <xsl:key name="entry-page" match="tg:entry-page" use="@register || ' ' || @entry"/>

  <!-- A register entry's address: on its register's page, or on the part that holds it when the
       register is split by letter (tg:entry-page, triglot.web.register_parts). -->
  <xsl:function name="tg:entry-href" as="xs:string">
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="entry" as="xs:string"/>
    <xsl:variable name="part" select="key('entry-page', $register || ' ' || $entry, $page-model)[1]/@href"/>
    <xsl:sequence select="$root || $ui || '/' || (if ($part) then string($part) else $register || '.html') || '#' || $entry"/>
  </xsl:function>
  <xsl:variable name="base" select="string(/tg:page/tg:texts/tg:lang[@base = 'true']/@code)"/>

  <!-- A correspondent no register knows is shown as the source names it, in its language (an English
       "Command of the Caucasus Front" on the Russian page): never translated, but said to be the
       source's words in the interface language, so that a reader does not take it for a slip. -->
  <xsl:function name="tg:as-given" as="xs:boolean">
    <xsl:param name="person" as="element()"/>
    <xsl:sequence select="string($person/@entry) = '' and string($person/@lang) != $ui"/>
  </xsl:function>

  <xsl:template match="*" mode="as-given">
    <xsl:if test="tg:as-given(.)">
      <xsl:text> </xsl:text><span class="as-given">(<xsl:value-of select="tg:ui('as the source gives it')"/>)</span>
    </xsl:if>
  </xsl:template>

  <!-- A correspondent in words for an attribute (an aria-label, where no lang can mark a name). -->
  <xsl:function name="tg:person-said" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:sequence select="string($person) || (if (tg:as-given($person)) then ' (' || tg:ui('as the source gives it') || ')' else '')"/>
  </xsl:function>

  <xsl:template match="tg:page[@kind = 'document']" mode="main">
    <xsl:variable name="doc" select="tg:doc"/>
    <article class="document" aria-labelledby="doc-title">
      <header class="doc-header">
        <h1 id="doc-title"><xsl:apply-templates select="$doc" mode="doc-title"/></h1>
        <dl class="doc-meta">
          <xsl:if test="$doc/@date-label != ''">
            <dt><xsl:value-of select="if ($doc/@date-basis = 'published') then tg:ui('Published') else tg:ui('Date')"/></dt>
            <dd class="doc-date"><xsl:value-of select="$doc/@date-label"/></dd>
          </xsl:if>
          <xsl:if test="$doc/@kind-label != ''">
            <dt><xsl:value-of select="tg:ui('Type')"/></dt><dd><xsl:if test="$doc/@kind-lang != $ui"><xsl:attribute name="lang" select="$doc/@kind-lang"/></xsl:if><xsl:value-of select="$doc/@kind-label"/></dd>
          </xsl:if>
          <!-- a seed whose source is still a header gap has none to show: no label over an empty value -->
          <xsl:if test="normalize-space($doc/@source) != ''">
            <dt><xsl:value-of select="tg:ui('Source')"/></dt><dd lang="{$base}" class="doc-source"><xsl:apply-templates select="$doc" mode="source-line"/></dd>
          </xsl:if>
          <xsl:if test="$doc/tg:omitted">
            <!-- folded: a source's other versions or notes can be long, and on a phone they came
                 before the text -->
            <dt><xsl:value-of select="tg:ui('Left out of the source')"/></dt>
            <dd>
              <details class="omitted">
                <summary><xsl:value-of select="$doc/@omitted-label"/></summary>
                <ul class="omitted">
                  <xsl:for-each select="$doc/tg:omitted">
                    <li><xsl:if test="@text != ''"><q lang="{$base}"><xsl:value-of select="@text"/></q><xsl:text> </xsl:text></xsl:if><span lang="en">(<xsl:value-of select="@reason"/>)</span></li>
                  </xsl:for-each>
                </ul>
              </details>
            </dd>
          </xsl:if>
          <xsl:if test="$doc/tg:part">
            <dt><xsl:value-of select="tg:ui('Documents in this text')"/></dt>
            <dd>
              <ol class="parts">
                <xsl:for-each select="$doc/tg:part">
                  <li><xsl:apply-templates select="." mode="part-meta"/></li>
                </xsl:for-each>
              </ol>
            </dd>
          </xsl:if>
          <dt><xsl:value-of select="tg:ui('Cite this document')"/></dt>
          <dd class="citation">
            <span id="cite-document"><xsl:sequence select="tg:citation-runs($doc, tg:citation($doc))"/></span>
            <xsl:call-template name="copy-button"><xsl:with-param name="target" select="'cite-document'"/></xsl:call-template>
            <span class="cite-files">
              <xsl:value-of select="tg:ui('For reference managers:')"/>
              <xsl:for-each select="$doc/tg:cite-file">
                <xsl:text> </xsl:text><a href="{$root}{@href}" download=""><xsl:value-of select="@format"/></a>
              </xsl:for-each>
            </span>
          </dd>
          <dt class="download-files"><xsl:value-of select="tg:ui('Download')"/></dt>
          <dd class="download-files">
            <ul class="downloads">
              <li><a href="{$root}{$doc/@tei}" download=""><xsl:value-of select="tg:ui('TEI XML file')"/></a></li>
              <xsl:for-each select="$doc/tg:pdf">
                <li><a href="{$root}{@href}"><xsl:value-of select="tg:ui('PDF ({language})', map{'language': string(@name)})"/></a></li>
              </xsl:for-each>
            </ul>
          </dd>
        </dl>
        <xsl:call-template name="unchecked-explained"><xsl:with-param name="marked" select="$doc/tg:part/*/@unchecked"/></xsl:call-template>
      </header>
      <!-- The contents: the text's headings and its numbered divisions (a treaty's articles), in the
           text's order, each linking to its anchor; a division with a heading of its own is listed by
           that heading alone. -->
      <xsl:variable name="heads" select="$tei/tei:TEI/tei:text/tei:body/tei:div[@type = 'base']//(tei:head[@tg:block][not(@type = 'sub')]
          | tei:div[normalize-space(@n) != ''][not(tei:head[not(@type = 'sub')])])"/>
      <xsl:if test="count($heads) > 1">
        <nav class="toc" aria-labelledby="toc-heading">
          <details>
            <summary id="toc-heading"><xsl:value-of select="tg:ui('Contents')"/></summary>
            <ol>
              <xsl:apply-templates select="$heads" mode="toc-item">
                <xsl:with-param name="slots" select="$tei/tei:TEI/tei:text/tei:body/tei:div[@type = 'translation'][@xml:lang = $ui]/*[@tg:state = ('draft', 'reviewed')]"/>
              </xsl:apply-templates>
            </ol>
          </details>
        </nav>
      </xsl:if>
      <fieldset class="column-toggle" hidden="hidden">
        <legend><xsl:value-of select="tg:ui('Languages shown')"/></legend>
        <xsl:for-each select="tg:texts/tg:lang">
          <label><input type="checkbox" checked="checked" data-column="{@code}"/><xsl:text> </xsl:text><xsl:value-of select="@name"/></label>
        </xsl:for-each>
        <span class="column-note" role="status" data-last="{tg:ui('At least one language stays shown.')}"></span>
      </fieldset>
      <fieldset class="column-switch" hidden="hidden">
        <legend><xsl:value-of select="tg:ui('Language of the text')"/></legend>
        <xsl:for-each select="tg:texts/tg:lang">
          <label><input type="radio" name="column-switch" value="{@code}" data-ui="{@code = $ui}"/><xsl:text> </xsl:text><xsl:value-of select="@name"/></label>
        </xsl:for-each>
      </fieldset>
      <div class="parallel" id="text">
        <div class="colheads" aria-hidden="true">
          <xsl:for-each select="tg:texts/tg:lang">
            <div class="colhead col-{@code}"><xsl:value-of select="@name"/></div>
          </xsl:for-each>
        </div>
        <xsl:apply-templates select="$tei/tei:TEI/tei:text/tei:body/tei:div[@type = 'base']" mode="parallel"/>
        <xsl:if test="$text-cells = 'marks'"><xsl:call-template name="text-values"/></xsl:if>
      </div>
    </article>
  </xsl:template>

  <!-- A heading in the contents: in the interface language where its slot is translated (a draft says so),
       else the base text's, each with its lang. -->
  <xsl:template match="tei:head" mode="toc-item">
    <xsl:param name="slots" as="element()*"/>
    <xsl:variable name="slot" select="$slots[@corresp = '#' || current()/@xml:id][1]"/>
    <li><a href="#{@xml:id}" lang="{if ($slot) then $ui else $base}"><xsl:apply-templates select="($slot, .)[1]/node()" mode="toc-text"/></a>
      <xsl:if test="$slot/@tg:state = 'draft'">
        <xsl:text> </xsl:text><span class="context-draft">(<xsl:value-of select="tg:ui('draft translation')"/>)</span>
      </xsl:if></li>
  </xsl:template>

  <!-- A numbered division in the contents: its label ("Article 18"), linking to its anchor. -->
  <xsl:template match="tei:div" mode="toc-item">
    <li class="toc-division"><a href="#{tg:division-anchor(.)}" lang="{$ui}"><xsl:value-of select="tg:division-label(.)"/></a></li>
  </xsl:template>

  <!-- A numbered division's label in the interface language: "Article 18" for an article, else its number. -->
  <xsl:function name="tg:division-label" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="if ($div/@type = 'article') then tg:ui('Article {n}', map{'n': normalize-space($div/@n)})
                          else normalize-space($div/@n)"/>
  </xsl:function>

  <!-- A numbered division as a citation names it: "Art. 18" for an article, else "§ 3"-less, its number alone. -->
  <!-- A passage as a citation names it: its place among the document's passages, the number its
       search result gives ("passage 12"), or an editorial note by the number its mark shows ("note 2").
       Its id ("nkid1920.p12") was what a reader read and copied, and an id is no reader's word; the
       URL keeps it as its anchor. web/cite.py's `units` names the reference managers' records the same. -->
  <xsl:function name="tg:passage-cited" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="note" as="xs:string"><xsl:number select="$block" level="any" count="tei:note[@tg:block]"/></xsl:variable>
    <xsl:variable name="n" as="xs:string"><xsl:number select="$block" level="any" count="*[@tg:block]"/></xsl:variable>
    <xsl:sequence select="if ($block/self::tei:note) then tg:ui('note {n}', map{'n': $note})
                          else tg:ui('passage {n}', map{'n': $n})"/>
  </xsl:function>

  <xsl:function name="tg:division-cited" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="if ($div/@type = 'article') then tg:ui('Art. {n}', map{'n': normalize-space($div/@n)})
                          else normalize-space($div/@n)"/>
  </xsl:function>

  <xsl:template match="tei:div" mode="parallel">
    <section class="{string-join(('tei-div', @type ! ('type-' || .)), ' ')}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:call-template name="part-box"/>
      <xsl:apply-templates mode="parallel"/>
    </section>
  </xsl:template>

  <!-- A numbered division (a treaty's article, any div with @n): a unit a reader, a screen reader and
       a citation can reach. Its label ("Article 18", in the interface language) sits above the rows,
       across every column, so the columns' rows stay side by side; it is a heading unless the division
       has a heading of its own, and it is only for screen readers when the text already begins with the
       number (tg:number-typed): the reader sees "18." once. The section carries the anchor
       (tg:division-anchor); it is not named, so that a treaty's articles are not so many landmarks. -->
  <xsl:template match="tei:div[normalize-space(@n) != '']" mode="parallel">
    <xsl:variable name="anchor" select="tg:division-anchor(.)"/>
    <xsl:variable name="typed" select="tg:number-typed(., (.//*[@tg:block])[1])"/>
    <xsl:variable name="own-head" select="exists(tei:head[not(@type = 'sub')])"/>
    <xsl:variable name="container" select="ancestor::tei:div[@type = ('base', 'document')][1]"/>
    <xsl:variable name="level" select="min((6, 1 + count(ancestor::tei:div[@type = ('base', 'document')])
        + (if ($container//tei:head[@tg:block][not(@type = 'sub')][. &lt;&lt; current()]) then 1 else 0)))"/>
    <section class="{string-join(('tei-div', @type ! ('type-' || .), 'numbered'), ' ')}" id="{$anchor}">
      <xsl:call-template name="part-box"/>
      <xsl:element name="{if ($own-head) then 'p' else 'h' || $level}">
        <xsl:attribute name="class" select="string-join(('div-label', if ($typed) then 'visually-hidden' else ()), ' ')"/>
        <xsl:attribute name="id" select="$anchor || '-label'"/>
        <xsl:attribute name="lang" select="$ui"/>
        <xsl:variable name="label" select="tg:division-label(.)"/>
        <xsl:choose>
          <!-- no link a keyboard would reach and nobody see -->
          <xsl:when test="$typed"><xsl:value-of select="$label"/></xsl:when>
          <xsl:otherwise><a href="#{$anchor}"><xsl:value-of select="$label"/></a></xsl:otherwise>
        </xsl:choose>
      </xsl:element>
      <!-- its citation, in the shape of a passage's: the whole unit is cited at its anchor -->
      <details class="cite cite-division">
        <summary><xsl:value-of select="tg:ui('Cite this passage')"/></summary>
        <p><span id="cite-{$anchor}"><xsl:sequence select="tg:citation-runs($page/tg:doc, tg:citation($page/tg:doc, $anchor, tg:division-cited(.)))"/></span>
          <xsl:call-template name="copy-button"><xsl:with-param name="target" select="'cite-' || $anchor"/></xsl:call-template></p>
        <p><a href="#{$anchor}"><xsl:value-of select="tg:ui('Link to this passage')"/></a></p>
        <xsl:apply-templates select="$page/tg:doc" mode="passage-files">
          <xsl:with-param name="key" select="$anchor"/>
          <xsl:with-param name="unit" select="tg:division-cited(.)"/>
        </xsl:apply-templates>
      </details>
      <xsl:apply-templates mode="parallel"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:quote | tei:list | tei:opener | tei:closer | tei:lg | tei:floatingText | tei:body
                       | tei:group" mode="parallel">
    <div class="tei-{local-name()}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:call-template name="part-box"/>
      <xsl:apply-templates mode="parallel"/>
    </div>
  </xsl:template>

  <!-- A letter or telegram of a collection: its correspondents, date and archival items above its text. -->
  <xsl:template name="part-box">
    <xsl:variable name="part" select="$page/tg:doc/tg:part[@id != ''][@id = current()/@xml:id]"/>
    <xsl:if test="$part">
      <!-- each box of a collection named by its part (landmarks of one page need distinct names) -->
      <xsl:variable name="who" select="if ($part/(tg:sender | tg:recipient)) then string-join($part/tg:sender ! tg:person-said(.), ', ')
                                       || ($part/tg:recipient ! (' → ' || string-join($part/tg:recipient ! tg:person-said(.), ', ')))[1] else ()"/>
      <!-- an attribute has no lang for a title in another language (an English archival title on the
           Russian page): the box is then named by its correspondents and date, in the interface's words -->
      <xsl:variable name="said" select="($who, $part/@date-label[. != ''])"/>
      <xsl:variable name="title" select="$part/@title[. != ''][string(../@title-lang) = $ui or empty($said)]"/>
      <aside class="part-box" aria-label="{string-join((tg:ui('About this document'),
                                           string-join(($title, $said), ' · ')), ': ')}">
        <xsl:apply-templates select="$part" mode="part-meta"><xsl:with-param name="link" select="false()"/></xsl:apply-templates>
      </aside>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tg:part" mode="part-meta">
    <xsl:param name="link" select="true()"/>
    <xsl:param name="brief" select="false()"/>
    <xsl:if test="@title != '' and not($brief)">
      <span class="part-title" lang="{(@title-lang[. != ''], $base)[1]}">
        <xsl:choose>
          <xsl:when test="$link and @id != ''"><a href="#{@id}"><xsl:value-of select="@title"/></a></xsl:when>
          <xsl:otherwise><xsl:value-of select="@title"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@title-draft = 'true'">
          <xsl:text> </xsl:text><span class="badge draft"><xsl:value-of select="tg:ui('Draft translation')"/></span>
        </xsl:if>
      </span>
    </xsl:if>
    <xsl:if test="tg:sender | tg:recipient | @date-label[. != '']">
      <span class="part-corresp">
        <xsl:if test="tg:sender">
          <span class="visually-hidden"><xsl:value-of select="tg:ui('From')"/>: </span>
          <xsl:apply-templates select="tg:sender" mode="part-person"/>
        </xsl:if>
        <xsl:if test="tg:recipient">
          <xsl:text> → </xsl:text><span class="visually-hidden"><xsl:value-of select="tg:ui('To')"/>: </span>
          <xsl:apply-templates select="tg:recipient" mode="part-person"/>
        </xsl:if>
        <xsl:if test="tg:place">
          <xsl:text> · </xsl:text><xsl:apply-templates select="tg:place" mode="part-person"/>
        </xsl:if>
        <xsl:text> · </xsl:text>
        <xsl:value-of select="if (@date-label != '') then @date-label else tg:ui('undated')"/>
      </span>
    </xsl:if>
    <xsl:if test="tg:archival and not($brief)">
      <span class="part-archival">
        <xsl:value-of select="tg:ui('Archival reference')"/><xsl:text>: </xsl:text>
        <xsl:for-each select="tg:archival">
          <xsl:if test="position() > 1">; </xsl:if>
          <span lang="{$base}" id="{if ($link) then @id else @id || '-box'}"><xsl:value-of select="."/></span>
          <!-- the item's form in the interface language (builder.py ARCHIVAL_FORMS), apart from the reference as written -->
          <xsl:if test="@form != ''"><xsl:text>, </xsl:text><span class="archival-form"><xsl:value-of select="@form"/></span></xsl:if>
          <xsl:if test="@block != ''"><xsl:text> </xsl:text><a href="#{@block}" class="part-cite"><xsl:value-of select="tg:ui('in the text')"/></a></xsl:if>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="part-person">
    <xsl:if test="position() > 1">, </xsl:if>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="@entry != ''"><a href="{tg:entry-href(@register, @entry)}">
            <xsl:apply-templates select="@unchecked[. = 'true']" mode="unchecked-described"/><xsl:value-of select="."/></a></xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@lang != $ui"><span lang="{@lang}"><xsl:sequence select="$text"/></span></xsl:when>
      <xsl:otherwise><xsl:sequence select="$text"/></xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="." mode="as-given"/>
    <xsl:apply-templates select="@unchecked[. = 'true']" mode="unchecked"/>
  </xsl:template>

  <xsl:mode name="toc-text" on-no-match="text-only-copy"/>
  <xsl:template match="tei:note | tei:corr | tei:reg" mode="toc-text"/>
  <xsl:template match="tei:foreign[@xml:lang] | tei:*[@xml:lang]" mode="toc-text">
    <span lang="{@xml:lang}"><xsl:apply-templates mode="toc-text"/></span>
  </xsl:template>

  <xsl:template match="*[@tg:block]" mode="parallel">
    <xsl:call-template name="row"/>
    <xsl:for-each select=".//tei:note[@tg:block]">
      <xsl:call-template name="row"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="row">
    <xsl:variable name="block" select="."/>
    <div class="row{if (self::tei:note) then ' note-row' else ''}" id="{@xml:id}">
      <div class="cell col-{$base}" lang="{$base}">
        <span class="cell-lang" lang="{$ui}"><xsl:value-of select="$page/tg:texts/tg:lang[@base = 'true']/@name"/></span>
        <xsl:if test="self::tei:note">
          <span class="note-label" lang="{$ui}"><xsl:value-of select="tg:ui('Editorial note')"/><xsl:text> </xsl:text><xsl:apply-templates select="." mode="note-number"/></span>
        </xsl:if>
        <xsl:call-template name="cell-text">
          <xsl:with-param name="block" select="$block"/>
          <xsl:with-param name="text" select="$block"/>
          <xsl:with-param name="lang" select="$base"/>
        </xsl:call-template>
        <xsl:if test="self::tei:note">
          <p class="note-back" lang="{$ui}"><a href="#{@xml:id}-call"><xsl:value-of select="tg:ui('Back to the note mark')"/></a></p>
        </xsl:if>
      </div>
      <xsl:for-each select="$page/tg:texts/tg:lang[@base = 'false']/@code/string()">
        <xsl:call-template name="slot-cell">
          <xsl:with-param name="block" select="$block"/>
          <xsl:with-param name="lang" select="."/>
        </xsl:call-template>
      </xsl:for-each>
      <details class="cite">
        <summary><xsl:value-of select="tg:ui('Cite this passage')"/></summary>
        <xsl:variable name="unit" select="tg:passage-cited(.)"/>
        <p><span id="cite-{@xml:id}"><xsl:sequence select="tg:citation-runs($page/tg:doc, tg:citation($page/tg:doc, string(@xml:id), $unit))"/></span>
          <xsl:call-template name="copy-button"><xsl:with-param name="target" select="'cite-' || @xml:id"/></xsl:call-template></p>
        <p><a href="#{@xml:id}"><xsl:value-of select="tg:ui('Link to this passage')"/></a></p>
        <xsl:apply-templates select="$page/tg:doc" mode="passage-files">
          <xsl:with-param name="key" select="string(@xml:id)"/>
          <xsl:with-param name="unit" select="$unit"/>
        </xsl:apply-templates>
      </details>
    </div>
  </xsl:template>

  <xsl:template name="slot-cell">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="slot" select="tg:slot($block, $lang)"/>
    <xsl:variable name="state" select="if ($slot) then string($slot/@tg:state) else 'untranslated'"/>
    <div class="cell col-{$lang} state-{$state}{if ($slot/@tg:stale) then ' stale' else ''}" lang="{$lang}">
      <xsl:if test="$slot/@xml:id"><xsl:attribute name="id" select="$slot/@xml:id"/></xsl:if>
      <span class="cell-lang" lang="{$ui}"><xsl:value-of select="$page/tg:texts/tg:lang[@code = $lang]/@name"/></span>
      <xsl:choose>
        <xsl:when test="$state = 'untranslated'">
          <p class="slot-missing" lang="{$ui}"><xsl:value-of select="tg:ui('Not yet translated')"/></p>
        </xsl:when>
        <xsl:otherwise>
          <p class="badges" lang="{$ui}">
            <xsl:if test="$state = 'draft'">
              <span class="badge draft"><xsl:value-of select="tg:ui('Draft translation')"/></span>
            </xsl:if>
            <xsl:if test="$state = 'reviewed'">
              <span class="badge reviewed"><xsl:value-of select="tg:ui('Reviewed translation')"/></span>
            </xsl:if>
          </p>
          <xsl:call-template name="cell-text">
            <xsl:with-param name="block" select="$block"/>
            <xsl:with-param name="text" select="$slot"/>
            <xsl:with-param name="lang" select="$lang"/>
          </xsl:call-template>
          <xsl:if test="$slot/@tg:stale">
            <p class="stale-note" lang="{$ui}"><span class="badge stale"><xsl:value-of select="tg:ui('Out of date: the source text has changed since this translation')"/></span></p>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:function name="tg:slot" as="element()?">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="key('slot', $block/@xml:id || '@' || $lang, root($block))[1]"/>
  </xsl:function>

  <!-- A cell's text: `text` (the block, or its slot in `lang`) rendered as the block `block`; or,
       when the cells are rendered apart, the mark of its place, named by the block and the language. -->
  <xsl:template name="cell-text">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="text" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$text-cells = 'marks'">
        <xsl:comment>"triglot-cell <xsl:value-of select="generate-id($block), $lang"/>"</xsl:comment>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$text" mode="block">
          <xsl:with-param name="as" select="$block"/>
          <xsl:with-param name="lang" select="$lang"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The text cells of a document, rendered once for every interface (web/text_cells.py): each
       cell after its mark, as cell-text marks it in the page. What differs by interface in them
       (the [sic] and "corrected:" labels, the links to register entries and to the chronology) is
       a mark of its own, filled from the values the page of each interface writes (text-values).
       A mark holds a double quote and a '<': the HTML output escapes the one in attribute values
       and the other in text, so nothing of the text can read as a mark. -->
  <xsl:template match="/tg:page[@kind = 'text-cells']" priority="2">
    <div>
      <xsl:for-each select="$tei/tei:TEI/tei:text/tei:body/tei:div[@type = 'base']//*[@tg:block]">
        <xsl:variable name="block" select="."/>
        <xsl:comment>"triglot-cell <xsl:value-of select="generate-id($block), $base"/>"</xsl:comment>
        <xsl:apply-templates select="$block" mode="block">
          <xsl:with-param name="lang" select="$base"/>
          <xsl:with-param name="marks" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:for-each select="$page/tg:texts/tg:lang[@base = 'false']/@code/string()">
          <xsl:variable name="slot" select="tg:slot($block, .)"/>
          <xsl:if test="$slot and string($slot/@tg:state) != 'untranslated'">
            <xsl:comment>"triglot-cell <xsl:value-of select="generate-id($block), ."/>"</xsl:comment>
            <xsl:apply-templates select="$slot" mode="block">
              <xsl:with-param name="as" select="$block"/>
              <xsl:with-param name="lang" select="."/>
              <xsl:with-param name="marks" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- The links the text makes (register entries, chronology events), each once, numbered by
       their place here: the same in the text-cells page and in each interface's page. -->
  <xsl:variable name="text-links" as="xs:string*" select="distinct-values(
      $tei/tei:TEI/tei:text/tei:body//(tei:persName | tei:placeName | tei:orgName | tei:date)[@tg:entry or @tg:event][not(tg:in-entity(.))]
        ! (if (@tg:event and self::tei:date) then '#' || @tg:event else @tg:register || '#' || @tg:entry))"/>
  <xsl:variable name="text-link-number" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($text-links) return map{$text-links[$i]: $i})"/>

  <!-- A link of the text's, in the text-cells page: its mark, then the element with an empty href
       that the interface's value fills. -->
  <xsl:template name="link-mark">
    <xsl:param name="key" as="xs:string"/>
    <xsl:comment>"triglot-href <xsl:value-of select="$text-link-number($key)"/>"</xsl:comment>
  </xsl:template>

  <!-- The values of the text-cells page's marks in this interface, after the text (cut out of the
       page when its cells are filled in). -->
  <xsl:template name="text-values">
    <xsl:comment>"triglot-values"</xsl:comment>
    <xsl:comment>"triglot-value sic"</xsl:comment>
    <xsl:call-template name="sic-mark"/>
    <xsl:comment>"triglot-value corr"</xsl:comment>
    <xsl:call-template name="corr-label"/>
    <xsl:for-each select="$text-links">
      <xsl:comment>"triglot-value <xsl:value-of select="position()"/>"</xsl:comment>
      <a href="{if (starts-with(., '#')) then tg:event-href(substring(., 2))
                else tg:entry-href(substring-before(., '#'), substring-after(., '#'))}"></a>
    </xsl:for-each>
    <xsl:comment>"triglot-values-end"</xsl:comment>
  </xsl:template>

  <!-- Note markers link to the note's row; slot notes point at their English note. A note without
       an xml:id is named by its place among the text's notes: generate-id() counts the trees Saxon
       built before in the process, so the page differed between builds (incremental and cold) and
       between a text rendered once for every interface and one rendered whole. -->
  <xsl:template match="tei:note" mode="note-marker">
    <xsl:variable name="en" select="if (@tg:block) then . else key('id', substring(@corresp, 2))[1]"/>
    <a class="noteref" href="#{$en/@xml:id}"
       id="{(@xml:id, 'tg-note-' || count(preceding::tei:note | ancestor::tei:note) + 1)[1]}-call"><xsl:apply-templates select="$en" mode="note-number"/></a>
  </xsl:template>

  <!-- A run in another language than its passage says so (a Russian title cited in English). -->
  <xsl:template match="tei:*[@xml:lang][not(self::tei:foreign)]" mode="inline" priority="5">
    <span lang="{@xml:lang}"><xsl:next-match/></span>
  </xsl:template>

  <!-- Editorial labels inside a passage are in the interface language, and say so. -->
  <xsl:template match="tei:sic" mode="inline">
    <xsl:param name="marks" as="xs:boolean" select="false()" tunnel="yes"/>
    <span class="sic"><xsl:apply-templates mode="inline"/><xsl:choose>
        <xsl:when test="$marks"><xsl:comment>"triglot-ui sic"</xsl:comment></xsl:when>
        <xsl:otherwise><xsl:call-template name="sic-mark"/></xsl:otherwise>
      </xsl:choose></span>
  </xsl:template>

  <xsl:template name="sic-mark">
    <span class="sic-mark" lang="{$ui}"> [<xsl:value-of select="tg:ui('sic')"/>]</span>
  </xsl:template>

  <xsl:template match="tei:choice[tei:sic and tei:corr]" mode="inline">
    <xsl:param name="marks" as="xs:boolean" select="false()" tunnel="yes"/>
    <span class="choice">
      <xsl:apply-templates select="tei:sic" mode="inline"/>
      <span class="corr"> [<xsl:choose>
          <xsl:when test="$marks"><xsl:comment>"triglot-ui corr"</xsl:comment></xsl:when>
          <xsl:otherwise><xsl:call-template name="corr-label"/></xsl:otherwise>
        </xsl:choose><xsl:text> </xsl:text>
        <xsl:apply-templates select="tei:corr/node()" mode="inline"/>]</span>
    </span>
  </xsl:template>

  <xsl:template name="corr-label">
    <span class="label" lang="{$ui}"><xsl:value-of select="tg:ui('corrected:')"/></span>
  </xsl:template>

  <xsl:template match="tei:note" mode="note-number">
    <xsl:text>[</xsl:text><xsl:number level="any" count="tei:note[@tg:block]"/><xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Persons, places and organisations: a link to the register entry that scripts turn into a card. -->
  <xsl:template match="tei:persName[@tg:entry] | tei:placeName[@tg:entry] | tei:orgName[@tg:entry]" mode="entity">
    <xsl:param name="marks" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="$marks"><xsl:call-template name="link-mark"><xsl:with-param name="key" select="@tg:register || '#' || @tg:entry"/></xsl:call-template></xsl:if>
    <a class="entity {local-name()}" href="{if ($marks) then '' else tg:entry-href(@tg:register, @tg:entry)}"
       data-card="card-{@tg:register}-{@tg:entry}" aria-haspopup="dialog">
      <xsl:apply-templates mode="inline"/>
    </a>
  </xsl:template>

  <!-- A name inside another linked name (the place in "<orgName>Caucasus Front</orgName>") is text of
       the outer link: a link inside a link is not HTML, and browsers split the outer one. Its mention
       stays in its register, which links the passage. -->
  <xsl:template match="(tei:persName | tei:placeName | tei:orgName)[@tg:entry][tg:in-entity(.)]" mode="entity" priority="2">
    <span class="{local-name()}"><xsl:apply-templates mode="inline"/></span>
  </xsl:template>

  <xsl:function name="tg:in-entity" as="xs:boolean">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="exists($name/ancestor::*[self::tei:persName or self::tei:placeName or self::tei:orgName][@tg:entry])"/>
  </xsl:function>

  <xsl:template match="tei:date[@tg:event]" mode="date">
    <xsl:param name="marks" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="$marks"><xsl:call-template name="link-mark"><xsl:with-param name="key" select="'#' || @tg:event"/></xsl:call-template></xsl:if>
    <a class="date" href="{if ($marks) then '' else tg:event-href(@tg:event)}" data-card="card-{@tg:event}"
       aria-haspopup="dialog">
      <xsl:apply-templates mode="inline"/>
    </a>
  </xsl:template>

  <xsl:function name="tg:event-href" as="xs:string">
    <xsl:param name="event" as="xs:string"/>
    <xsl:sequence select="$root || $ui || '/chronology.html#' || $event"/>
  </xsl:function>

  <!-- A date that is no event of the chronology: machine-readable when it is one day, month or year. -->
  <xsl:template match="tei:date[not(@tg:event)]" mode="date">
    <xsl:choose>
      <xsl:when test="matches(@when, '^\d{4}(-\d{2}(-\d{2})?)?$')">
        <time class="date-plain" datetime="{@when}"><xsl:apply-templates mode="inline"/></time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date-plain"><xsl:apply-templates mode="inline"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Heading levels follow the page: h2 for the text's own headings, one level deeper inside
       each archival document, never skipping a level when the text has no heading of its own. -->
  <xsl:function name="tg:block-element" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="own" select="if ($block/ancestor::tei:div[@type = 'base']/tei:head) then 1 else 0"/>
    <xsl:sequence select="
      if ($block/self::tei:head[not(@type = 'sub')])
      then 'h' || min((6, 1 + $own + count($block/ancestor::tei:div[@type = 'document'])))
      else 'p'"/>
  </xsl:function>

  <!-- A translated register note (on a register page, an entry fragment or a card) made from an earlier
       version of the note it translates (check, rule "stale"): said as a stale slot is, in the reader's
       language, right after the note's words. -->
  <!-- A translated register note's state (ana="#draft" or "#reviewed" on the note, tei/ENCODING.md "Register
       entries"; on a card, the state the builder gives): said with a slot's badge and words, in the reader's
       language, right after the note's words. A note of the base language is no translation: it has none. -->
  <xsl:template match="@*" mode="note-state">
    <xsl:variable name="states" select="tokenize(normalize-space(.), ' ') ! replace(., '^#', '')"/>
    <xsl:if test="$states = 'draft'">
      <xsl:text> </xsl:text><span class="badge draft" lang="{$ui}"><xsl:value-of select="tg:ui('Draft translation')"/></span>
    </xsl:if>
    <xsl:if test="$states = 'reviewed' and not($states = 'draft')">
      <xsl:text> </xsl:text><span class="badge reviewed" lang="{$ui}"><xsl:value-of select="tg:ui('Reviewed translation')"/></span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="@*" mode="stale-note">
    <xsl:text> </xsl:text><span class="badge stale" lang="{$ui}"><xsl:value-of select="tg:ui('Out of date: the note this translates has changed since this translation')"/></span>
  </xsl:template>

  <!-- A document's source as a citation (web/data.py source_parts): an article's title (level a) in
       quotation marks of its language, a book's, journal's or series' (m, j, s) in italics, a title whose
       level the source does not state as written; a part in another language than the base text's marked. -->
  <xsl:template match="tg:doc" mode="source-line">
    <xsl:for-each select="tg:source-part">
      <xsl:choose>
        <xsl:when test="@kind = 'sep'"><xsl:value-of select="."/></xsl:when>
        <xsl:when test="@kind = 'title-a'"><q><xsl:if test="@lang != '' and @lang != $base"><xsl:attribute name="lang" select="@lang"/></xsl:if><xsl:value-of select="."/></q></xsl:when>
        <xsl:when test="@kind = ('title-m', 'title-j', 'title-s')"><cite><xsl:if test="@lang != '' and @lang != $base"><xsl:attribute name="lang" select="@lang"/></xsl:if><xsl:value-of select="."/></cite></xsl:when>
        <xsl:when test="@lang != '' and @lang != $base"><span lang="{@lang}"><xsl:value-of select="."/></span></xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- Cards: hidden until a person, place or date is activated (static/site.js). -->
  <xsl:template match="tg:page[@kind = 'document']" mode="cards">
    <div class="cards">
      <xsl:for-each select="tg:cards/tg:card">
        <section class="card" id="card-{@register}-{@entry}" role="dialog" aria-labelledby="card-{@register}-{@entry}-name" hidden="hidden">
          <!-- an unchecked form is said right under the name, and read with the dialog's name -->
          <xsl:if test="@unchecked = 'true'"><xsl:attribute name="aria-describedby" select="'card-' || @register || '-' || @entry || '-unchecked'"/></xsl:if>
          <h2 id="card-{@register}-{@entry}-name" lang="{@name-lang}"><xsl:value-of select="@name"/></h2>
          <xsl:apply-templates select="@unchecked[. = 'true']" mode="unchecked-note"><xsl:with-param name="id" select="'card-' || @register || '-' || @entry || '-unchecked'"/></xsl:apply-templates>
          <xsl:if test="@variants != ''"><p class="variants"><xsl:value-of select="tg:ui('Other forms')"/>: <span lang="{@variants-lang}"><xsl:value-of select="@variants"/></span></p></xsl:if>
          <xsl:if test="@type != ''"><p class="type" lang="{@type-lang}"><xsl:value-of select="@type"/></p></xsl:if>
          <xsl:if test="@role != ''"><p class="role" lang="{@role-lang}"><xsl:value-of select="@role"/></p></xsl:if>
          <xsl:if test="@dates != ''"><p class="dates"><xsl:value-of select="@dates"/></p></xsl:if>
          <xsl:if test="@ident != ''"><p class="ident" lang="{(@ident-lang[. != ''], $base)[1]}"><xsl:value-of select="@ident"/><xsl:apply-templates select="@ident-state" mode="note-state"/><xsl:apply-templates select="@ident-stale[. = 'true']" mode="stale-note"/></p></xsl:if>
          <xsl:if test="@coords != ''"><p class="coords"><xsl:value-of select="@coords"/></p></xsl:if>
          <xsl:if test="tg:authority">
            <p class="authority"><xsl:value-of select="tg:ui('Authority records')"/>: <xsl:for-each select="tg:authority"><xsl:if test="position() > 1">, </xsl:if><a href="{@href}"><xsl:value-of select="if (@type != '') then @type else @href"/></a></xsl:for-each></p>
          </xsl:if>
          <xsl:if test="tg:source">
            <p class="sources"><xsl:value-of select="tg:ui('Sources')"/>: <xsl:for-each select="tg:source"><xsl:if test="position() > 1">; </xsl:if><xsl:choose>
              <xsl:when test="@href != ''"><a href="{@href}" lang="{@lang}"><xsl:apply-templates mode="card-source"/></a></xsl:when>
              <xsl:otherwise><span lang="{@lang}"><xsl:apply-templates mode="card-source"/></span></xsl:otherwise>
            </xsl:choose><xsl:apply-templates select="@state" mode="note-state"/><xsl:apply-templates select="@stale[. = 'true']" mode="stale-note"/></xsl:for-each></p>
          </xsl:if>
          <p><a href="{tg:entry-href(@register, @entry)}"><xsl:value-of select="tg:ui('Register entry')"/></a></p>
          <button type="button" class="card-close"><xsl:value-of select="tg:ui('Close')"/></button>
        </section>
      </xsl:for-each>
      <xsl:for-each select="$tei//tei:date[@tg:event]">
        <section class="card" id="card-{@tg:event}" role="dialog" aria-labelledby="card-{@tg:event}-name" hidden="hidden">
          <h2 id="card-{@tg:event}-name"><xsl:value-of select="@*[local-name() = 'label-' || $ui]"/></h2>
          <p class="precision"><xsl:value-of select="tg:precision(@tg:precision, @cert)"/></p>
          <xsl:if test="@tg:year = 'context'"><p class="year-context"><xsl:value-of select="tg:ui('the year is not stated here: the editors give it from the context')"/></p></xsl:if>
          <xsl:if test="@tg:year = 'weekday'"><p class="year-context"><xsl:value-of select="tg:ui('the text names only the day of the week: the editors give the date from the context')"/></p></xsl:if>
          <p><a href="{$root}{$ui}/chronology.html#{@tg:event}"><xsl:value-of select="tg:ui('In the chronology')"/></a></p>
          <button type="button" class="card-close"><xsl:value-of select="tg:ui('Close')"/></button>
        </section>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- A name form the register marks as not yet checked (cert="low" or "medium", tei/ENCODING.md "Register
       entries"): said in words, not by colour: a card (one form) says it under the name; a register entry
       marks each such form of its list of names and explains the mark once, after the list. The headings
       keep the name alone (they are what the registers sort and a screen reader lists). -->
  <xsl:template match="@unchecked" mode="unchecked">
    <xsl:text> </xsl:text><span class="badge unchecked" lang="{$ui}"><xsl:value-of select="tg:ui('unchecked form')"/></span>
  </xsl:template>
  <!-- A name in a list (a letter's sender in a header, a split register's list of entries, ...) is marked
       the same way, and its link is described by the page's one explanation (tg:unchecked-explained). -->
  <xsl:template match="@unchecked" mode="unchecked-described">
    <xsl:attribute name="aria-describedby" select="'unchecked-explained'"/>
  </xsl:template>
  <xsl:template name="unchecked-explained">
    <xsl:param name="marked" as="attribute()*"/>
    <xsl:apply-templates select="$marked[. = 'true'][1]" mode="unchecked-note"><xsl:with-param name="id" select="'unchecked-explained'"/></xsl:apply-templates>
  </xsl:template>

  <xsl:template match="@unchecked" mode="unchecked-note">
    <xsl:param name="id" as="xs:string?"/>
    <p class="unchecked-note" lang="{$ui}">
      <xsl:if test="$id"><xsl:attribute name="id" select="$id"/></xsl:if><xsl:value-of select="tg:ui('Unchecked form: the editors’ rendering of the name, not yet checked against a source.')"/></p>
  </xsl:template>

  <!-- A card's source: its words, a run in another script of the edition's languages marked with its language. -->
  <xsl:template match="tg:run" mode="card-source"><span lang="{@lang}"><xsl:value-of select="."/></span></xsl:template>

  <!-- The full citation of the document in the interface language (a passage's and a division's: the
       three-argument form, which names the unit as a reader does). -->
  <xsl:function name="tg:citation" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <!-- the authors, then who compiled the text (titleStmt/editor role="compiler": "Yuri Barsegov (comp.)") -->
    <xsl:variable name="who" select="string-join(($doc/@authors, $doc/@compilers)[normalize-space()], ', ')"/>
    <xsl:variable name="values" select="map{'editors': string($doc/@editors), 'title': string($doc/@title),
        'version': string($doc/@version), 'date': string($doc/@published), 'uri': string($doc/@uri),
        'edition': string($page/tg:site/@name), 'authors': $who}"/>
    <!-- a document whose header names no editors (or only the publisher, a body: builder.py _editors_said) is cited without the editors' part, not with an empty one;
         its authors (titleStmt/author) come first, and the editors then edit the edition, not the text -->
    <xsl:variable name="without-editors" select="tg:ui('“{title}”, in: {edition}, version {version}, {date}, {uri}', $values)"/>
    <xsl:sequence select="if ($who != '' and normalize-space($doc/@editors) != '')
            then tg:ui('{authors}, “{title}”, in: {editors}, {edition}, version {version}, {date}, {uri}', $values)
        else if ($who != '') then $who || ', ' || $without-editors
        else if (normalize-space($doc/@editors) = '') then $without-editors
        else tg:ui('{editors}, “{title}”, in: {edition}, version {version}, {date}, {uri}', $values)"/>
  </xsl:function>

  <!-- The citation of a numbered unit of the text (a treaty's article) at its anchor, the unit named
       as its citation names it ("Art. 18"), a passage by tg:passage-cited ("passage 12"). -->
  <xsl:function name="tg:citation" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="anchor" as="xs:string"/>
    <xsl:param name="unit" as="xs:string"/>
    <!-- the authors, then who compiled the text (titleStmt/editor role="compiler": "Yuri Barsegov (comp.)") -->
    <xsl:variable name="who" select="string-join(($doc/@authors, $doc/@compilers)[normalize-space()], ', ')"/>
    <xsl:variable name="values" select="map{'editors': string($doc/@editors), 'title': string($doc/@title),
        'version': string($doc/@version), 'date': string($doc/@published), 'uri': string($doc/@uri) || '#' || $anchor,
        'unit': $unit, 'edition': string($page/tg:site/@name), 'authors': $who}"/>
    <xsl:variable name="without-editors" select="tg:ui('“{title}”, {unit}, in: {edition}, version {version}, {date}, {uri}', $values)"/>
    <xsl:sequence select="if ($who != '' and normalize-space($doc/@editors) != '')
            then tg:ui('{authors}, “{title}”, {unit}, in: {editors}, {edition}, version {version}, {date}, {uri}', $values)
        else if ($who != '') then $who || ', ' || $without-editors
        else if (normalize-space($doc/@editors) = '') then $without-editors
        else tg:ui('{editors}, “{title}”, {unit}, in: {edition}, version {version}, {date}, {uri}', $values)"/>
  </xsl:function>

  <!-- A citation as the page shows it: a title only the base text gives (a document nobody has
       translated the title of) is in the base language, and said so inside a Russian or Armenian
       citation; the text copied is the same. -->
  <xsl:function name="tg:citation-runs" as="node()*">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="citation" as="xs:string"/>
    <xsl:variable name="title" select="string($doc/@title)"/>
    <xsl:choose>
      <xsl:when test="$doc/@title-lang != '' and $doc/@title-lang != $ui and $title != '' and contains($citation, $title)">
        <xsl:value-of select="substring-before($citation, $title)"/>
        <span lang="{$doc/@title-lang}"><xsl:value-of select="$title"/></span>
        <xsl:value-of select="substring-after($citation, $title)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$citation"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A passage's or division's own record for reference managers: one file a format holds every
       cited unit of the document (web/cite.py), each record keyed by its anchor, which the line names. -->
  <xsl:template match="tg:doc" mode="passage-files">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="unit" as="xs:string"/>
    <xsl:if test="tg:passage-file">
      <p class="cite-files">
        <xsl:value-of select="tg:ui('For reference managers (a record for each passage of this document; this one is {unit}, keyed {key}):', map{'unit': $unit, 'key': $key})"/>
        <xsl:for-each select="tg:passage-file">
          <xsl:text> </xsl:text><a href="{$root}{@href}" download=""><xsl:value-of select="@format"/></a>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="copy-button">
    <xsl:param name="target" as="xs:string"/>
    <button type="button" class="copy" data-copy="{$target}" data-done="{tg:ui('Copied')}" hidden="hidden"><xsl:value-of select="tg:ui('Copy')"/></button>
  </xsl:template>

  <xsl:function name="tg:precision" as="xs:string">
    <xsl:param name="precision" as="xs:string?"/>
    <xsl:param name="cert" as="xs:string?"/>
    <xsl:variable name="p" select="
        if ($precision = 'day') then tg:ui('Precision: day')
        else if ($precision = 'month') then tg:ui('Precision: month')
        else if ($precision = 'year') then tg:ui('Precision: year')
        else if ($precision = 'range') then tg:ui('Precision: a range of dates')
        else if ($precision = 'notBefore') then tg:ui('Precision: earliest possible date only')
        else if ($precision = 'notAfter') then tg:ui('Precision: latest possible date only')
        else tg:ui('Precision: between two dates')"/>
    <xsl:sequence select="if (tg:doubted($cert)) then $p || ' · ' || tg:ui('interpretation uncertain') else $p"/>
  </xsl:function>
</xsl:stylesheet>
