<?xml version="1.0" encoding="UTF-8"?>
<!-- The page shell of the web edition: head with its Content-Security-Policy (no inline
     script anywhere), skip link, banner with navigation and the interface-language switch
     that keeps the reader on the same page, main landmark, footer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tg="urn:triglot:web"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:variable name="CSP" as="xs:string"
      select="&quot;default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'&quot;"/>

  <!-- The page; with a right-to-left language in the edition, copied once more to give
       `dir` where the direction changes (modules/direction.xsl). -->
  <xsl:template match="/tg:page">
    <xsl:choose>
      <xsl:when test="$rtl-languages = ''"><xsl:apply-templates select="." mode="page"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="page"><xsl:apply-templates select="." mode="page"/></xsl:variable>
        <xsl:apply-templates select="$page" mode="direction"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/tg:page" mode="page">
    <xsl:variable name="ui" select="string(@ui)"/>
    <html lang="{$ui}" dir="{tg:dir($ui)}">
      <head>
        <meta charset="utf-8"/>
        <meta http-equiv="Content-Security-Policy" content="{$CSP}"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="triglot-root" content="{@root}"/>
        <title><xsl:value-of select="@title"/> — <xsl:value-of select="tg:site/@name"/></title>
        <link rel="stylesheet" href="{@root}static/site.css"/>
        <link rel="icon" href="{@root}static/favicon.svg" type="image/svg+xml"/>
        <xsl:variable name="address" select="string(tg:site/@address)"/>
        <meta name="description" content="{normalize-space(string-join(tg:description(.)))}"/>
        <xsl:if test="$address != ''">
          <link rel="canonical" href="{$address}{if (@kind = 'root') then '' else $ui || '/'}{@here}"/>
          <xsl:if test="@kind != 'root'">
            <xsl:for-each select="tg:langs/tg:lang[not(@current = 'true')]">
              <link rel="alternate" hreflang="{@code}" href="{$address}{@code}/{(../../@part-of, ../../@here)[1]}"/>
            </xsl:for-each>
            <link rel="alternate" hreflang="x-default" href="{$address}index.html"/>
          </xsl:if>
        </xsl:if>
        <!-- the search page's own script first, and async: its requests (search.json, the query's words,
             Pagefind) are what a page opened with ?q= waits for, and it asks for them as soon as it has
             come, not once the page's stylesheet is in and the page read, as a deferred script would
             (a preload of search.json in the head was refused with a console error on a page opened
             from a folder, file://); its own work waits for the page to be read -->
        <xsl:if test="@kind = 'search'">
          <!-- the letters search reads as one (Turkish İ as i, Russian ё as е), in the head, where the
               async script finds them before the page is read: the query's first-passages files are named
               by its words' keys as the build made them, before search.json has come -->
          <meta name="triglot-letters" content="{tg:letters/@pairs}"/>
          <!-- the keys the build wrote a first-passages file for (search.compact_keys): a query word
               whose key is not among them asks for no file (it was asked for, and answered 404) -->
          <meta name="triglot-keys" content="{tg:keys/@list}"/>
          <script src="{@root}static/search.js" async="async"></script>
        </xsl:if>
        <script src="{@root}static/site.js" defer="defer"></script>
        <!-- a search hit marked where a result lands (?hl=): no search result lands on the search page -->
        <xsl:if test="@kind != 'search'">
          <script src="{@root}static/highlight.js" defer="defer"></script>
        </xsl:if>
        <xsl:if test="@kind = 'places' and svg:svg">
          <script src="{@root}static/map.js" defer="defer"></script>
        </xsl:if>
      </head>
      <body class="page-{@kind}">
        <a class="skip" href="#main"><xsl:value-of select="tg:ui('Skip to content')"/></a>
        <header class="banner">
          <p class="site-name"><a href="{@root}{$ui}/index.html"><xsl:apply-templates select="tg:site" mode="site-name"/></a></p>
          <nav class="site-nav" aria-label="{tg:ui('Main navigation')}">
            <ul>
              <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'index.html'"/><xsl:with-param name="label" select="tg:ui('Home')"/></xsl:call-template>
              <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'persons.html'"/><xsl:with-param name="label" select="tg:ui('Persons')"/></xsl:call-template>
              <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'places.html'"/><xsl:with-param name="label" select="tg:ui('Places')"/></xsl:call-template>
              <xsl:if test="tg:register-page[@kind = 'orgs']">
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'orgs.html'"/><xsl:with-param name="label" select="tg:ui('Organisations')"/></xsl:call-template>
              </xsl:if>
              <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'chronology.html'"/><xsl:with-param name="label" select="tg:ui('Chronology')"/></xsl:call-template>
              <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'search.html'"/><xsl:with-param name="label" select="tg:ui('Search')"/></xsl:call-template>
            </ul>
          </nav>
          <nav class="lang-switch" aria-label="{tg:ui('Interface language')}">
            <ul>
              <xsl:for-each select="tg:langs/tg:lang">
                <li>
                  <a href="{../../@root}{@code}/{(../../@part-of, ../../@here)[1]}" hreflang="{@code}" lang="{@code}">
                    <xsl:if test="@current = 'true'"><xsl:attribute name="aria-current" select="'true'"/></xsl:if>
                    <xsl:value-of select="@self"/>
                  </a>
                </li>
              </xsl:for-each>
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">
          <xsl:apply-templates select="." mode="main"/>
        </main>
        <footer class="site-footer">
          <p><xsl:value-of select="tg:ui('Texts and encoding: {licence}. The translations are drafts unless marked as reviewed.', map{'licence': string(tg:site/@licence)})"/></p>
          <xsl:if test="tg:site/@release != ''">
            <p><xsl:value-of select="tg:ui('Release {version} of {date}', map{'version': string(tg:site/@version), 'date': string(tg:site/@release-label)})"/></p>
          </xsl:if>
        </footer>
        <xsl:apply-templates select="." mode="cards"/>
      </body>
    </html>
  </xsl:template>

  <!-- The meta description of each kind of page, in the interface language. -->
  <xsl:function name="tg:description" as="xs:string*">
    <xsl:param name="page" as="element()"/>
    <xsl:variable name="edition" select="map{'edition': string($page/tg:site/@name)}"/>
    <xsl:sequence select="
      if ($page/@kind = 'document') then
        tg:ui('{title} ({kind}, {date}): the text with its translations, notes and archival references.',
          map{'title': string($page/tg:doc/@title), 'kind': string($page/tg:doc/@kind-label), 'date': string($page/tg:doc/@date-label)})
      else if ($page/@kind = 'persons') then tg:ui('Persons named in {edition}: names in each language, life dates, roles, sources and every mention.', $edition)
      else if ($page/@kind = 'places') then tg:ui('Places named in {edition}: names in each language, a map, sources and every mention.', $edition)
      else if ($page/@kind = 'orgs') then tg:ui('Organisations named in {edition}: names in each language, sources and every mention.', $edition)
      else if ($page/@kind = 'chronology') then tg:ui('Chronology of the events that the documents of {edition} date.', $edition)
      else if ($page/@kind = 'search') then tg:ui('Search the text of {edition}.', $edition)
      else string(($page/tg:site/tg:about, $page/tg:site/@name)[1])"/>
  </xsl:function>

  <xsl:template name="nav-item">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <li><a href="{/tg:page/@root}{/tg:page/@ui}/{$href}">
      <xsl:if test="(/tg:page/@part-of, /tg:page/@here)[1] = $href"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
      <xsl:value-of select="$label"/>
    </a></li>
  </xsl:template>

  <xsl:mode name="main" on-no-match="shallow-skip"/>
  <xsl:mode name="cards" on-no-match="shallow-skip"/>

  <!-- The language chooser at the site root. -->
  <xsl:template match="tg:page[@kind = 'root']" mode="main">
    <h1><xsl:apply-templates select="tg:site" mode="site-name"/></h1>
    <ul class="root-langs">
      <xsl:for-each select="tg:langs/tg:lang">
        <li><a href="{@code}/index.html" hreflang="{@code}" lang="{@code}"><xsl:value-of select="@self"/></a></li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- The edition's name, marked with its language where that is not the interface's. -->
  <xsl:template match="tg:site" mode="site-name">
    <xsl:choose>
      <xsl:when test="@name-lang != '' and @name-lang != $ui"><span lang="{@name-lang}"><xsl:value-of select="@name"/></span></xsl:when>
      <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
