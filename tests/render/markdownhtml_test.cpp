#include "render/markdownhtml.h"
#include "support/tempdir.h"

using namespace tenet;

TEST_CASE("Markdown paragraphs, emphasis and lists become plain HTML", "[render][html]")
{
    const QString html = render::markdownToHtml(
        u"Answer **within 24 hours**, *politely*.\n\nSecond paragraph with `code`.\n\n"
        "- one\n- two\n  1. nested\n  2. again\n- three\n"_s);
    CHECK(html.contains(u"<p>Answer <strong>within 24 hours</strong>, <em>politely</em>.</p>"_s));
    CHECK(html.contains(u"<p>Second paragraph with <code>code</code>.</p>"_s));
    CHECK(html.contains(u"<ul>\n<li>one</li>\n<li>two<ol>\n<li>nested</li>\n<li>again</li>\n"
                        "</ol>\n</li>\n<li>three</li>\n</ul>"_s));
    CHECK_FALSE(html.contains(u"style="_s));
}

TEST_CASE("raw HTML in a clause body is shown as text, never interpreted", "[render][html]")
{
    const QString html = render::markdownToHtml(
        u"Do <script>alert(1)</script> & <b>this</b>.\n\n<div onclick=\"x()\">block</div>\n"_s);
    CHECK_FALSE(html.contains(u"<script"_s));
    CHECK_FALSE(html.contains(u"<b>"_s));
    CHECK_FALSE(html.contains(u"<div"_s));
    CHECK(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;this&lt;/b&gt;"_s));
}

TEST_CASE("links keep safe targets only", "[render][html]")
{
    const QString html = render::markdownToHtml(
        u"See [the guide](https://example.org/guide?a=1&b=2), [mail](mailto:q@example.org) "
        "and [trap](javascript:alert(1))."_s);
    CHECK(html.contains(u"<a href=\"https://example.org/guide?a=1&amp;b=2\">the guide</a>"_s));
    CHECK(html.contains(u"<a href=\"mailto:q@example.org\">mail</a>"_s));
    CHECK_FALSE(html.contains(u"javascript"_s));
    CHECK(html.contains(u"trap"_s));
}

TEST_CASE("an empty body gives no HTML", "[render][html]")
{
    CHECK(render::markdownToHtml(u"  \n"_s).isEmpty());
}
