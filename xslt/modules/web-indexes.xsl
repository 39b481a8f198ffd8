<?xml version="1.0" encoding="UTF-8"?>
<!-- The pages built from the whole edition: home, the registers (with the map of places),
     the chronology and search. Their page models are gathered by triglot.web.data. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template match="tg:page[@kind = 'home']" mode="main">
    <h1><xsl:apply-templates select="tg:site" mode="site-name"/></h1>
    <!-- The edition's own description (triglot.toml), the first paragraph as the lead. -->
    <xsl:for-each select="tg:site/tg:about">
      <p><xsl:if test="position() = 1"><xsl:attribute name="class">lead</xsl:attribute></xsl:if><xsl:value-of select="."/></p>
    </xsl:for-each>
    <section aria-labelledby="docs-heading">
      <h2 id="docs-heading"><xsl:value-of select="tg:ui('Documents')"/></h2>
      <form class="doc-filters" hidden="hidden">
        <p>
          <label for="doc-sort"><xsl:value-of select="tg:ui('Sort by')"/></label>
          <select id="doc-sort" data-sort="">
            <option value="date"><xsl:value-of select="tg:ui('Date')"/></option>
            <option value="title"><xsl:value-of select="tg:ui('Title')"/></option>
          </select>
        </p>
        <xsl:for-each select="tg:facet[tg:option]">
          <p>
            <label for="doc-filter-{@kind}"><xsl:value-of select="if (@kind = 'year') then tg:ui('Year') else if (@kind = 'type') then tg:ui('Type') else if (@kind = 'person') then tg:ui('Correspondent or author') else tg:ui('Place')"/></label>
            <select id="doc-filter-{@kind}" data-filter="{@kind}">
              <option value=""><xsl:value-of select="tg:ui('All')"/></option>
              <xsl:for-each select="tg:option">
                <option value="{@value}"><xsl:copy-of select="@lang"/><xsl:value-of select="@label"/></option>
              </xsl:for-each>
            </select>
          </p>
        </xsl:for-each>
        <p class="doc-count" role="status" aria-live="polite" data-count="{tg:ui('{count} of {total} documents shown')}"></p>
      </form>
      <ul class="doc-list">
        <xsl:for-each select="tg:docs/tg:doc">
          <li data-date="{@date-key}" data-title="{@title}" data-type="{@kinds}" data-person="{@people}" data-place="{@places}" data-year="{@years}">
            <h3><a href="documents/{@id}.html"><xsl:apply-templates select="." mode="doc-title"/></a></h3>
            <p class="doc-facts">
              <xsl:if test="@date-label != ''">
                <xsl:value-of select="if (@date-basis = 'published') then tg:ui('Published {date}', map{'date': string(@date-label)}) else @date-label"/>
              </xsl:if>
              <xsl:if test="@date-label != '' and @kind-label != ''"> · </xsl:if>
              <xsl:choose>
                <xsl:when test="@kind-lang != $ui"><span lang="{@kind-lang}"><xsl:value-of select="@kind-label"/></span></xsl:when>
                <xsl:otherwise><xsl:value-of select="@kind-label"/></xsl:otherwise>
              </xsl:choose>
            </p>
            <xsl:if test="tg:part[tg:sender]">
              <ul class="doc-corresp">
                <xsl:for-each select="tg:part[tg:sender]">
                  <li><xsl:apply-templates select="." mode="part-meta"><xsl:with-param name="link" select="false()"/><xsl:with-param name="brief" select="true()"/></xsl:apply-templates></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
            <xsl:if test="normalize-space(@source) != ''"><p class="doc-source" lang="{$base}"><xsl:apply-templates select="." mode="source-line"/></p></xsl:if>
            <ul class="progress">
              <xsl:for-each select="tg:progress">
                <li><xsl:value-of select="tg:ui('{language}: {done} of {total} passages translated ({reviewed} reviewed)',
                    map{'language': string(@name), 'done': string(@done), 'total': string(@total), 'reviewed': string(@reviewed)})"/></li>
              </xsl:for-each>
            </ul>
          </li>
        </xsl:for-each>
      </ul>
      <xsl:call-template name="unchecked-explained"><xsl:with-param name="marked" select="tg:docs/tg:doc/tg:part[tg:sender]/*/@unchecked"/></xsl:call-template>
    </section>
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading"><xsl:value-of select="tg:ui('How to cite')"/></h2>
      <p><xsl:value-of select="tg:ui('Every document page gives its full citation (editors, title, version, date, permanent address) with a copy button and BibTeX, RIS and CSL-JSON files; every passage has its own citation under “Cite this passage”.')"/></p>
    </section>
    <xsl:call-template name="data-downloads"/>
  </xsl:template>

  <xsl:template name="data-downloads">
    <xsl:if test="tg:download">
      <section aria-labelledby="data-heading">
        <h2 id="data-heading"><xsl:value-of select="tg:ui('Data for reuse')"/></h2>
        <ul class="data-files">
          <xsl:for-each select="tg:download">
            <li><a href="{/tg:page/@root}{@href}"><xsl:value-of select="@label"/></a>
              <xsl:if test="@group = 'export'"><xsl:text> </xsl:text><span class="muted">(<xsl:value-of select="tg:ui('library export')"/>)</span></xsl:if></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The map of places (triglot.web.map): zoom controls, shown by static/map.js, the SVG
       with its accessible name, and a legend that says whose data the base map is and that
       its borders are today's. -->
  <xsl:template match="svg:svg" mode="map">
    <figure class="map" aria-labelledby="map-caption">
      <div class="map-tools" hidden="hidden">
        <button type="button" data-map="in" aria-label="{tg:ui('Zoom in')}">+</button>
        <button type="button" data-map="out" aria-label="{tg:ui('Zoom out')}">−</button>
        <button type="button" data-map="home"><xsl:value-of select="tg:ui('Whole map')"/></button>
        <span class="map-help"><xsl:value-of select="tg:ui('Drag the map or use the arrow keys; Tab goes from place to place.')"/></span>
      </div>
      <xsl:copy copy-namespaces="no">
        <xsl:copy-of select="@*"/>
        <xsl:attribute name="aria-label" select="tg:ui('Map of the places')"/>
        <xsl:attribute name="tabindex" select="'0'"/>
        <xsl:copy-of select="node()" copy-namespaces="no"/>
      </xsl:copy>
      <figcaption id="map-caption">
        <ul class="map-legend">
          <li><span class="key key-place"></span><xsl:text> </xsl:text><xsl:value-of select="tg:ui('Place named in the edition (links to its entry)')"/></li>
          <li><span class="key key-river"></span><xsl:text> </xsl:text><xsl:value-of select="tg:ui('River')"/></li>
          <li><span class="key key-coast"></span><xsl:text> </xsl:text><xsl:value-of select="tg:ui('Coastline')"/></li>
          <li><span class="key key-border"></span><xsl:text> </xsl:text><xsl:value-of select="tg:ui('Modern borders (Natural Earth)')"/></li>
          <xsl:if test=".//svg:a[tokenize(@class) = 'unchecked']">
            <li><span class="key key-place key-unchecked"></span><xsl:text> </xsl:text><xsl:value-of select="tg:ui('Dashed ring: the name shown is an unchecked form')"/></li>
          </xsl:if>
        </ul>
        <p><xsl:value-of select="tg:ui('Base map: Natural Earth 1:50m, public domain ({package}); Lambert conformal conic projection. The borders are today’s, not those of the documents’ time. Places without coordinates are listed below only.', map{'package': substring-before(string(@data-source), ' ')})"/></p>
      </figcaption>
    </figure>
  </xsl:template>

  <xsl:template match="tg:page[@kind = ('persons', 'places', 'orgs')]" mode="main">
    <h1><xsl:value-of select="if (@kind = 'persons') then tg:ui('Persons') else if (@kind = 'places') then tg:ui('Places') else tg:ui('Organisations')"/></h1>
    <xsl:apply-templates select="svg:svg" mode="map"/>
    <nav class="az" aria-label="{tg:ui('Alphabetical index')}">
      <!-- a part of a split register names its first page, where a fragment it lacks is looked up -->
      <xsl:if test="@part-of"><xsl:attribute name="data-first" select="@part-of"/></xsl:if>
      <ul>
        <xsl:for-each select="tg:letters/tg:letter">
          <li>
            <xsl:choose>
              <xsl:when test="@current = 'true'"><a href="#{@anchor}" aria-current="page"><xsl:value-of select="@label"/></a></xsl:when>
              <xsl:when test="@used = 'true'"><a href="{(@href, '#' || @anchor)[1]}"><xsl:value-of select="@label"/></a></xsl:when>
              <xsl:otherwise><span class="az-empty"><xsl:value-of select="@label"/></span></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
    <!-- a register split by letter (triglot.web.register_parts): its first page lists every entry,
         each item with the entry's id, so an old link to an entry lands here (site.js goes on) -->
    <xsl:for-each select="tg:directory">
      <section class="letter-group" id="{@anchor}" aria-labelledby="{@anchor}-h" data-letter="{@label}">
        <h2 id="{@anchor}-h"><a href="{@href}"><xsl:value-of select="@label"/></a></h2>
        <ul class="register-directory">
          <xsl:for-each select="tg:listed">
            <li id="{@id}" data-part="{../@href}"><a href="{../@href}#{@id}" lang="{@lang}"><xsl:apply-templates
                select="@unchecked[. = 'true']" mode="unchecked-described"/><xsl:value-of select="@name"/></a>
              <xsl:apply-templates select="@unchecked[. = 'true']" mode="unchecked"/>
              <!-- a released id the entry took over (register rename or merge): an old link lands here too -->
              <xsl:for-each select="tg:former"><span id="{@id}" class="former-id" data-part="{../../@href}#{@id}"></span></xsl:for-each></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:for-each>
    <xsl:call-template name="unchecked-explained"><xsl:with-param name="marked" select="tg:directory/tg:listed/@unchecked"/></xsl:call-template>
    <!-- a register with no entry yet (a new edition's): said, where the page showed a bar of greyed letters and nothing under it -->
    <xsl:if test="not(tg:group | tg:directory)"><p class="register-empty"><xsl:value-of select="tg:ui('This register has no entries yet.')"/></p></xsl:if>
    <xsl:for-each select="tg:group">
      <section class="letter-group" id="{@anchor}" aria-labelledby="{@anchor}-h" data-letter="{@label}">
        <h2 id="{@anchor}-h"><xsl:value-of select="@label"/></h2>
        <xsl:apply-templates select="tg:entry | tg:rendered" mode="register-entry"/>
      </section>
    </xsl:for-each>
    <xsl:call-template name="data-downloads"/>
  </xsl:template>

  <xsl:template match="tg:entry" mode="register-entry">
    <article class="entry" id="{@id}" aria-labelledby="{@id}-name">
      <!-- a released id the entry took over (register rename or merge): links to it land here -->
      <xsl:for-each select="tg:former"><span id="{@id}" class="former-id"></span></xsl:for-each>
      <h3 id="{@id}-name" lang="{@name-lang}"><xsl:value-of select="@name"/></h3>
      <dl class="names">
        <xsl:for-each select="tg:name">
          <dt><xsl:value-of select="@language"/></dt>
          <dd lang="{@lang}"><xsl:value-of select="."/><xsl:apply-templates select="@unchecked[. = 'true']" mode="unchecked"/></dd>
        </xsl:for-each>
        <xsl:if test="tg:variant">
          <dt><xsl:value-of select="tg:ui('Other forms')"/></dt>
          <dd><xsl:for-each select="tg:variant"><xsl:if test="position() > 1">; </xsl:if><span lang="{@lang}"><xsl:value-of select="."/></span><xsl:apply-templates select="@unchecked[. = 'true']" mode="unchecked"/></xsl:for-each></dd>
        </xsl:if>
        <xsl:if test="@role != ''"><dt><xsl:value-of select="tg:ui('Role')"/></dt><dd lang="{@role-lang}"><xsl:value-of select="@role"/></dd></xsl:if>
        <xsl:if test="@type != ''"><dt><xsl:value-of select="tg:ui('Type')"/></dt><dd lang="{@type-lang}"><xsl:value-of select="@type"/></dd></xsl:if>
        <xsl:if test="@dates != ''"><dt><xsl:value-of select="if (@kind = 'orgs') then tg:ui('Dates of existence') else tg:ui('Life dates')"/></dt><dd><xsl:value-of select="@dates"/></dd></xsl:if>
        <xsl:if test="@coords != ''"><dt><xsl:value-of select="tg:ui('Coordinates')"/></dt><dd><xsl:value-of select="@coords"/></dd></xsl:if>
        <xsl:if test="tg:authority">
          <dt><xsl:value-of select="tg:ui('Authority records')"/></dt>
          <dd><xsl:for-each select="tg:authority"><xsl:if test="position() > 1">, </xsl:if><a href="{@href}"><xsl:value-of select="if (@type != '') then @type else @href"/></a></xsl:for-each></dd>
        </xsl:if>
        <xsl:for-each select="tei:note">
          <dt><xsl:value-of select="if (@type = 'identification') then tg:ui('Identification') else if (@type = 'source') then tg:ui('Sources') else tg:ui('Note')"/></dt>
          <dd lang="{(@xml:lang, $base)[1]}"><xsl:apply-templates mode="inline"/><xsl:apply-templates select="@ana[(current()/@xml:lang, $base)[1] != $base]" mode="note-state"/><xsl:apply-templates select="@tg:stale[. = 'true']" mode="stale-note"/></dd>
        </xsl:for-each>
      </dl>
      <xsl:apply-templates select="(tg:name/@unchecked[. = 'true'] | tg:variant/@unchecked[. = 'true'])[1]" mode="unchecked-note"/>
      <h4><xsl:value-of select="tg:ui('Mentions')"/></h4>
      <xsl:choose>
        <xsl:when test="tg:mentions">
          <ul class="mentions">
            <xsl:for-each select="tg:mentions">
              <li>
                <a href="documents/{@doc}.html"><xsl:apply-templates select="." mode="doc-title"/></a>
                <xsl:text> </xsl:text><span class="mention-count"><xsl:value-of select="@count-label"/></span>
                <ul>
                  <xsl:for-each select="tg:mention">
                    <li>
                      <a href="documents/{../@doc}.html#{@block}">
                        <xsl:choose>
                          <xsl:when test="tg:context"><xsl:apply-templates select="." mode="context-line"/></xsl:when>
                          <xsl:otherwise><xsl:value-of select="@label"/></xsl:otherwise>
                        </xsl:choose>
                      </a>
                      <xsl:text> </xsl:text><span class="mention-langs">(<xsl:value-of select="@langs"/>)</span>
                    </li>
                  </xsl:for-each>
                </ul>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="tg:ui('No passage of the texts names it.')"/></p></xsl:otherwise>
      </xsl:choose>
    </article>
  </xsl:template>

  <!-- Register entries rendered apart from their page (triglot.web.entry_fragments): an edit
       changes a few entries of a page that quotes tens of thousands of lines, so each entry is
       rendered once, by this template, and kept as HTML; the page marks each entry's place with a
       comment naming its key (tg:rendered), where the kept HTML is put after the page is written.
       The page's own globals ($ui, $base) come from a page of kind entry-fragments with its
       attributes. A mark holds a double quote and a '<': the HTML output escapes the one in
       attribute values and the other in text, so nothing else of a page can read as a mark. -->
  <xsl:template match="/tg:page[@kind = 'entry-fragments']" priority="2">
    <!-- one element around them, so that the entries' own elements are written as in the page
         (the HTML namespace declared once, by this one, and left out when it is cut off) -->
    <div>
      <xsl:for-each select="tg:fresh">
        <xsl:comment>"triglot-entry <xsl:value-of select="@key"/>"</xsl:comment>
        <xsl:apply-templates select="tg:entry" mode="register-entry"/>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template match="tg:rendered" mode="register-entry">
    <xsl:comment>"triglot-entry <xsl:value-of select="@key"/>"</xsl:comment>
  </xsl:template>

  <!-- A line of a passage quoted by a register or the chronology: in the interface language
       where the passage's slot in that language names it (a draft says so), else the base text,
       each with its own lang. -->
  <xsl:template match="tg:mention | tg:event" mode="context-line">
    <!-- a statement of the chronology is a quotation, in the marks of the page's language around a
         line of any language (an English line on the Armenian page: «…»), written as text: a q's
         own marks are its content's language's, and Chromium has no Armenian ones (site.css) -->
    <xsl:if test="self::tg:event"><xsl:value-of select="$quote-start"/></xsl:if>
    <xsl:element name="{if (self::tg:event) then 'q' else 'span'}">
      <xsl:attribute name="lang" select="@context-lang"/>
      <xsl:apply-templates select="tg:context/node()" mode="inline"/>
    </xsl:element>
    <xsl:if test="self::tg:event"><xsl:value-of select="$quote-end"/></xsl:if>
    <xsl:if test="@context-state = 'draft'">
      <xsl:text> </xsl:text><span class="context-draft">(<xsl:value-of select="tg:ui('draft translation')"/>)</span>
    </xsl:if>
  </xsl:template>

  <!-- A document's title: in the interface language, or the base text's marked with its lang. -->
  <xsl:template match="*" mode="doc-title">
    <xsl:choose>
      <xsl:when test="@title-lang != '' and @title-lang != $ui"><span lang="{@title-lang}"><xsl:value-of select="@title"/></span></xsl:when>
      <xsl:otherwise><xsl:value-of select="@title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tg:page[@kind = 'chronology']" mode="main">
    <h1><xsl:value-of select="tg:ui('Chronology')"/></h1>
    <p><xsl:value-of select="tg:ui('What the texts say happened, in order of date, with the passages that say so. Dates are given only as precisely as the source allows. The dates of the documents themselves are listed separately below; the dates of publications and of web posts are not events and are not listed.')"/></p>
    <section aria-labelledby="events-heading">
      <h2 id="events-heading"><xsl:value-of select="tg:ui('Events')"/></h2>
      <xsl:if test="not(tg:day)"><p><xsl:value-of select="tg:ui('The texts date no events.')"/></p></xsl:if>
      <ol class="chronology">
        <xsl:for-each select="tg:day">
          <li>
            <p class="event-date"><strong><xsl:value-of select="@label"/></strong>
              <xsl:text> </xsl:text><span class="precision">(<xsl:value-of select="tg:precision(@precision, @cert)"/>)</span></p>
            <ul class="event-statements">
              <xsl:for-each select="tg:event">
                <li id="{@id}">
                  <xsl:apply-templates select="." mode="context-line"/>
                  <xsl:if test="@year = 'context'"><xsl:text> </xsl:text><span class="year-context">(<xsl:value-of select="tg:ui('the year is not stated here: the editors give it from the context')"/>)</span></xsl:if>
                  <xsl:if test="@year = 'weekday'"><xsl:text> </xsl:text><span class="year-context">(<xsl:value-of select="tg:ui('the text names only the day of the week: the editors give the date from the context')"/>)</span></xsl:if>
                  <xsl:if test="tg:doubted(@cert)"><xsl:text> </xsl:text><span class="year-context">(<xsl:value-of select="tg:ui('interpretation uncertain')"/>)</span></xsl:if> —
                  <a href="documents/{@doc}.html#{@block}"><xsl:apply-templates select="." mode="doc-title"/></a>
                </li>
              </xsl:for-each>
            </ul>
          </li>
        </xsl:for-each>
      </ol>
    </section>
    <section aria-labelledby="written-heading">
      <h2 id="written-heading"><xsl:value-of select="tg:ui('Dates of the documents')"/></h2>
      <xsl:if test="not(tg:written/tg:document)"><p><xsl:value-of select="tg:ui('No document is dated in its own text.')"/></p></xsl:if>
      <ol class="chronology written">
        <xsl:for-each select="tg:written/tg:document">
          <li>
            <p class="event-date"><strong><xsl:value-of select="@label"/></strong></p>
            <p>
              <!-- a part's title in another language than the page's (an English archival title, where no
                   translation heads the part) gives way to its correspondents, named in the page's language -->
              <xsl:variable name="titled" select="@part-title != '' and (@part-title-lang = $ui or not(tg:sender | tg:recipient))"/>
              <xsl:if test="$titled"><span lang="{(@part-title-lang[. != ''], $base)[1]}"><xsl:value-of select="@part-title"/></span><xsl:text> — </xsl:text></xsl:if>
              <xsl:if test="not($titled) and tg:sender">
                <xsl:for-each select="tg:sender"><xsl:if test="position() > 1">, </xsl:if><span lang="{@lang}"><xsl:value-of select="."/></span><xsl:apply-templates select="." mode="as-given"/></xsl:for-each>
                <xsl:if test="tg:recipient"><xsl:text> → </xsl:text></xsl:if>
                <xsl:for-each select="tg:recipient"><xsl:if test="position() > 1">, </xsl:if><span lang="{@lang}"><xsl:value-of select="."/></span><xsl:apply-templates select="." mode="as-given"/></xsl:for-each>
                <xsl:text> — </xsl:text>
              </xsl:if>
              <a href="documents/{@doc}.html{if (@part != '') then '#' || @part else ''}"><xsl:apply-templates select="." mode="doc-title"/></a>
            </p>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <!-- The search page. Everything it needs to work without a server is a sentence and
       links: the notice below is shown until static/search.js has loaded the index, and
       it says why search is unavailable and where names and documents can be found. -->
  <xsl:template match="tg:page[@kind = 'search']" mode="main">
    <h1><xsl:value-of select="tg:ui('Search')"/></h1>
    <p><xsl:value-of select="tg:ui('Searches every language of the edition at once. A name finds every mention of that person or place in any spelling or script; put a phrase in quotation marks to find it word for word.')"/></p>
    <div class="search-unavailable" role="note">
      <p class="search-nojs"><xsl:value-of select="tg:ui('Search needs JavaScript and a web server: it does not work with JavaScript switched off or in a copy opened from a folder (file://).')"/></p>
      <p><xsl:value-of select="tg:ui('Without search, every mention of a person or place is listed in the registers, and every document is on the home page:')"/></p>
      <ul>
        <li><a href="persons.html"><xsl:value-of select="tg:ui('Persons')"/></a></li>
        <li><a href="places.html"><xsl:value-of select="tg:ui('Places')"/></a></li>
        <xsl:if test="tg:register-page[@kind = 'orgs']"><li><a href="orgs.html"><xsl:value-of select="tg:ui('Organisations')"/></a></li></xsl:if>
        <li><a href="index.html"><xsl:value-of select="tg:ui('Documents')"/></a></li>
      </ul>
    </div>
    <form class="search-form" role="search" action="search.html" method="get" hidden="hidden"
          data-languages="{string-join(tg:bundle/@lang, ' ')}">
      <label for="search-input"><xsl:value-of select="tg:ui('Search terms')"/></label>
      <input type="search" id="search-input" name="q" autocomplete="off"/>
      <button type="submit"><xsl:value-of select="tg:ui('Search')"/></button>
      <details class="search-filters">
        <summary><xsl:value-of select="tg:ui('Filters')"/></summary>
        <p class="search-years">
          <label for="search-from"><xsl:value-of select="tg:ui('From year')"/></label>
          <input type="number" id="search-from" name="from" inputmode="numeric"/>
          <label for="search-to"><xsl:value-of select="tg:ui('To year')"/></label>
          <input type="number" id="search-to" name="to" inputmode="numeric"/>
        </p>
        <fieldset class="search-facet" data-facet="lang"><legend><xsl:value-of select="tg:ui('Language')"/></legend></fieldset>
        <fieldset class="search-facet" data-facet="state"><legend><xsl:value-of select="tg:ui('Translation state')"/></legend></fieldset>
        <fieldset class="search-facet" data-facet="doc"><legend><xsl:value-of select="tg:ui('Document')"/></legend></fieldset>
        <fieldset class="search-facet" data-facet="type"><legend><xsl:value-of select="tg:ui('Document type')"/></legend></fieldset>
        <fieldset class="search-facet" data-facet="person"><legend><xsl:value-of select="tg:ui('Person')"/></legend></fieldset>
        <fieldset class="search-facet" data-facet="place"><legend><xsl:value-of select="tg:ui('Place')"/></legend></fieldset>
      </details>
    </form>
    <p class="search-status" role="status" aria-live="polite"></p>
    <p class="search-suggestion" hidden="hidden"></p>
    <p class="search-entities" hidden="hidden"></p>
    <p class="search-downloads" hidden="hidden">
      <button type="button" data-format="csv"><xsl:value-of select="tg:ui('Download the results (CSV)')"/></button>
      <xsl:text> </xsl:text>
      <button type="button" data-format="json"><xsl:value-of select="tg:ui('Download the results (JSON)')"/></button>
    </p>
    <!-- said once, shown by search.js when a result is marked as found through an unchecked form -->
    <p class="unchecked-note" id="unchecked-explained" lang="{$ui}" hidden="hidden"><xsl:value-of select="tg:ui('Unchecked form: the editors’ rendering of the name, not yet checked against a source.')"/></p>
    <ol class="search-results"></ol>
    <!-- how the interface writes the count's number: CLDR's digits, grouping separator and group sizes (web/search.py number_format) -->
    <ul class="search-strings" hidden="hidden" data-digits="{tg:number/@digits}" data-group="{tg:number/@group}"
        data-primary="{tg:number/@primary}" data-secondary="{tg:number/@secondary}" data-minimum="{tg:number/@minimum}">
      <xsl:for-each select="tg:plural">
        <li data-plural="{@category}"><xsl:value-of select="@text"/></li>
      </xsl:for-each>
      <li data-key="none"><xsl:value-of select="tg:ui('No passages found.')"/></li>
      <li data-key="checking"><xsl:value-of select="tg:ui('Checking the passages…')"/></li>
      <li data-key="file"><xsl:value-of select="tg:ui('This copy was opened from a folder (file://), where browsers do not let search load its index. Open the edition through a web server (for example triglot serve), or use the registers and the document list below.')"/></li>
      <li data-key="failed"><xsl:value-of select="tg:ui('The search index could not be loaded.')"/></li>
      <li data-key="suggest"><xsl:value-of select="tg:ui('Did you mean {name}?')"/></li>
      <li data-key="entity"><xsl:value-of select="tg:ui('Including every mention of: {names}')"/></li>
      <li data-key="paragraph"><xsl:value-of select="tg:ui('passage {n}')"/></li>
      <li data-key="note"><xsl:value-of select="tg:ui('note {n}')"/></li>
      <li data-key="unchecked"><xsl:value-of select="tg:ui('{name} (unchecked form)')"/></li>
      <li data-key="source"><xsl:value-of select="tg:ui('source text')"/></li>
      <li data-key="draft"><xsl:value-of select="tg:ui('draft translation')"/></li>
      <li data-key="reviewed"><xsl:value-of select="tg:ui('reviewed translation')"/></li>
    </ul>
  </xsl:template>
</xsl:stylesheet>
