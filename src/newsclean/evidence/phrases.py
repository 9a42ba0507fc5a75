"""Keyword vocabularies, one group per kind of boilerplate.

Keeping one group per family lets a finding say *which* kind of chrome it
saw. Phrases are literal and case-insensitive; a space matches any run of
blanks. Add languages by adding phrases here, never by editing patterns.
"""

from __future__ import annotations

AD_MARKERS = (
    "advertisement", "advertisements", "advertising", "advert", "ad", "ads",
    "sponsored", "story continues below advertisement", "article continues below advertisement",
    "article continues below", "story continues below", "continue reading below",
    "continue reading the main story", "scroll to continue", "scroll to continue with content",
    "advertisement scroll to continue", "advertisement continue reading below",
    "skip advertisement", "ad feedback", "report this ad", "ads by google", "sponsored links",
    # European languages
    "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade",
    "reklama", "реклама", "реклама и продвижение", "advertentie", "annons", "annonse",
    "annonce", "mainos", "reklame", "διαφήμιση", "hirdetés", "reclamă", "oglas",
    "inzerce", "reklam", "mainonta",
    "广告", "廣告", "広告", "광고", "إعلان", "פרסומת", "reklāma", "reklaam",
)

SPONSOR_LEADS = (
    "sponsor", "sponsors", "sponsored by", "sponsored content", "sponsored post",
    "presented by", "brought to you by", "paid content", "paid post", "paid for by",
    "partner content", "content from our partners", "in partnership with", "promoted by",
    "promoted content", "branded content", "supported by", "gesponsert von",
    "sponsorisé par", "patrocinado por", "contenuto sponsorizzato",
)

NAV_WORDS = (
    "back", "go back", "topic", "topics", "tags", "tag", "section", "sections", "home",
    "menu", "search", "next", "previous", "prev", "next article", "previous article",
    "next story", "previous story", "next post", "previous post", "older post",
    "newer post", "back to top", "back to home", "skip to content", "skip to main content",
    "jump to", "close", "open menu", "main menu", "navigation", "more", "see more",
    "show more", "load more", "view all", "all news", "latest news", "top stories",
    "zurück", "retour", "volver", "indietro", "weiter", "suivant", "siguiente", "précédent",
    "anterior", "startseite", "accueil", "inicio",
)

CRUMB_SEPARATORS = "›»>/|→▸"
"""Characters that separate the steps of a crumb trail ('Home › World › Europe')."""

COUNTER_WORDS = (
    "comment", "comments", "reply", "replies", "share", "shares", "view", "views",
    "like", "likes", "read", "reads", "reader", "readers", "min read", "minute read",
    "minutes read", "mins read", "min", "mins", "reactions", "responses", "votes",
    "kommentare", "commentaires", "comentarios", "commenti",
)

COMMENT_PROMPTS = (
    "comments", "show comments", "hide comments", "view comments", "leave a comment",
    "leave a reply", "post a comment", "add a comment", "join the conversation",
    "join the discussion", "comment on this story", "comment on this article",
    "be the first to comment", "no comments yet", "reading time", "listen to this article",
    "listen to article", "print", "print this article", "text size", "font size",
    "save", "save article", "save for later", "bookmark", "gift this article",
    "give this article",
)

SOCIAL_NETWORKS = (
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest",
    "email", "e-mail", "mail", "print", "copy link", "copy", "link", "tumblr", "flipboard",
    "messenger", "sms", "threads", "bluesky", "mastodon", "instagram", "youtube", "tiktok",
    "vk", "xing", "pocket", "share", "tweet", "comment", "comments",
)

SHARE_LEADS = (
    "share this", "share this article", "share this story", "share this post",
    "share on", "share via", "share article", "click to share", "tweet this",
    "email this", "follow us", "follow us on", "like us on", "find us on",
    "connect with us", "teilen", "partager", "compartir", "condividi",
)

NEWSLETTER_LEADS = (
    "sign up for our", "sign up to our", "sign up now", "sign up today", "subscribe to our",
    "subscribe now", "subscribe today", "get our newsletter",
    "get the newsletter", "our newsletter", "newsletter", "join our newsletter",
    "delivered to your inbox", "already a subscriber", "already have an account",
    "log in to continue", "sign in to continue", "log in to read", "sign in to read",
    "log in to comment", "sign in to comment", "create a free account",
    "support our journalism", "support independent journalism",
    "this article is for subscribers", "this content is for subscribers", "to continue reading",
    "you have reached your limit", "no spam", "you can unsubscribe", "thanks for subscribing",
    "thank you for subscribing", "an email with an activation link",
    "you must log in to post a comment", "you must be logged in to post a comment",
    "this site is protected by recaptcha", "newsletter abonnieren", "jetzt abonnieren",
    "abonnez-vous", "inscrivez-vous à notre", "suscríbete", "iscriviti alla",
)
"""Openings that only a subscription prompt has ('Sign up for our…', 'Already a subscriber')."""

NEWSLETTER_BUTTONS = (
    "sign up", "subscribe", "subscribe here", "log in", "login", "sign in", "register",
    "newsletters", "my account", "abonnieren", "s'abonner", "suscribirse", "iscriviti",
)
"""Prompts that are chrome only as a whole line ('Register' yes, 'Register to vote by…' no)."""

PROMPT_VERBS = (
    "get", "sign up", "subscribe", "join", "receive", "become", "support", "want",
    "never miss", "don't miss", "stay informed", "stay up to date", "enjoy",
)
PROMPT_NOUNS = (
    "newsletter", "newsletters", "inbox", "briefing", "digest", "subscription", "subscriber",
    "subscribers", "member", "membership", "journalism", "account",
)
"""A prompt opening with one of the verbs, naming one of the nouns and addressing the reader."""

COOKIE_LEADS = (
    "we use cookies", "this site uses cookies", "this website uses cookies",
    "our site uses cookies", "our website uses cookies", "accept cookies",
    "accept all cookies", "cookie settings", "cookie policy", "manage cookies",
    "cookie preferences", "we value your privacy", "wir verwenden cookies",
    "diese website verwendet cookies", "nous utilisons des cookies", "utilizamos cookies",
    "este sitio web utiliza cookies", "utilizziamo i cookie", "usiamo i cookie",
)

CONSENT_BUTTONS = (
    "accept all", "reject all", "accept and close", "i agree", "i accept", "manage consent",
    "manage preferences", "privacy settings", "privacy preferences", "got it",
    "alle akzeptieren", "tout accepter", "tout refuser", "aceptar todo", "accetta tutto",
)
"""Consent-banner buttons: removed only when a line is nothing else."""

COPYRIGHT_LEADS = (
    "©", "this material may not be published", "this material may not be reproduced",
)

RIGHTS_RESERVED = (
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
    "все права защищены", "alle rettigheder forbeholdes", "alle rechten voorbehouden",
)
"""'All rights reserved' in each language: chrome when it stands as a sentence of its own."""

LEGAL_LINKS = (
    "privacy", "privacy policy", "privacy notice", "terms of use", "terms of service",
    "terms and conditions", "terms & conditions", "legal notice", "imprint", "impressum",
    "datenschutz", "datenschutzerklärung", "mentions légales", "politique de confidentialité",
    "aviso legal", "política de privacidad", "accessibility", "contact us", "about us", "sitemap",
)
"""Footer links: chrome only as a whole line ('Privacy policy experts warned…' is prose)."""

RELATED_LEADS = (
    "read more", "read more:", "read also", "also read", "related", "related:",
    "related articles", "related stories", "related posts", "related content",
    "related coverage", "related news", "see also", "recommended", "recommended for you",
    "recommended stories", "more from", "more on this", "more on this story",
    "more stories", "more news", "you may also like", "you might also like",
    "don't miss", "must read", "most popular", "most read", "trending", "trending now",
    "popular now", "what to read next", "up next", "watch", "watch:", "listen",
    "lire aussi", "à lire aussi", "mehr zum thema", "lesen sie auch", "auch interessant",
    "leer más", "lee también", "te puede interesar", "leggi anche", "leia também",
    "читайте также",
)

IMAGE_LEADS = (
    "nextimg", "image", "images", "img", "photo", "photos", "photograph", "picture",
    "pictured", "foto", "fotos", "bild", "illustration", "graphic", "video", "gallery",
    "image credit", "photo credit", "photo credits", "photo by", "photos by", "credit",
    "credits", "source", "image source", "bildquelle", "crédit photo", "crédit",
)

CREDIT_AGENCIES = (
    "getty images", "getty", "ap photo", "ap", "associated press", "reuters", "afp",
    "afp via getty images", "epa", "epa-efe", "shutterstock", "istock", "istockphoto",
    "alamy", "dpa", "picture alliance", "bloomberg", "pa", "pa wire", "pa images",
    "unsplash", "pexels", "wikimedia commons", "anadolu", "sipa", "xinhua", "imago",
    "the washington times", "file photo", "handout",
)

DATE_FILLERS = (
    "published", "updated", "posted", "last updated", "first published", "modified",
    "on", "at", "am", "pm", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt",
    "gmt", "utc", "bst", "cet", "cest", "msk", "today", "veröffentlicht", "aktualisiert",
    "am", "um", "uhr", "publié", "le", "mis à jour", "à", "publicado", "actualizado",
    "el", "pubblicato", "aggiornato", "il", "опубликовано", "обновлено",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
)

NAME_PARTICLES = (
    "de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "du", "di",
    "bin", "al", "el", "ibn", "ben", "st.", "mc", "o'", "dos", "das", "do", "y", "zu",
)

NAME_LABEL_WORDS = (
    "industry", "professor", "tech", "technology", "business", "politics", "opinion",
    "sports", "sport", "health", "science", "world", "markets", "economy", "culture",
    "entertainment", "travel", "food", "style", "climate", "analysis", "commentary", "review",
    "media", "finance", "money", "investing", "lifestyle", "deal", "live", "updates",
    "breaking", "exclusive", "video", "photos", "podcast", "weather", "education", "local",
    "national", "international", "crime", "courts", "government", "company", "group",
    "digital", "online", "magazine", "daily", "weekly", "times", "journal", "herald",
    "tribune", "gazette", "chronicle", "observer", "telegraph", "courier", "network",
    "channel", "tv", "radio", "inc", "inc.", "ltd", "llc", "corp", "foundation", "institute",
    "university", "council", "association", "society", "office", "department", "ministry",
    "services", "admin", "administrator", "guest", "sponsored", "partner", "content", "wire",
    "wires", "author", "authors", "contributors", "editors", "editorial", "board",
)
"""Words of a section label, a column or an organisation, never of a person's name
('Tech Industry', 'Deal Professor', 'The Millbrook Gazette')."""

BYLINE_NOISE = (
    "updated", "published", "posted", "last updated", "email the author", "email", "e-mail",
    "follow", "contact", "twitter", "facebook", "linkedin", "instagram", "view all posts",
    "view all", "view more", "more articles", "more by", "more from", "more stories",
    "read more", "see all", "bio",
    "about the author", "share", "comments", "aktualisiert", "veröffentlicht", "publiziert",
    "publié", "mis à jour", "actualizado", "publicado", "aggiornato", "pubblicato", "in",
)
"""Where a byline stops naming people: widgets and dates after the names
('By Christie Dedman | Email the author', 'By Jane Doe Updated 3 March'), and the
section after 'in' ('By Michael Larabel in Valve')."""

NAME_JOINERS = ("and", "&", "und", "et", "y", "e", "i", "и", "en", "och", "og", "ja")

BYLINE_LEADS = (
    "by", "words by", "written by", "story by", "reporting by", "text by", "posted by",
    "geschrieben von", "écrit par", "escrito por", "von", "par",
    "por", "di", "door", "av", "af", "autor", "author", "auteur", "автор", "text", "текст",
)

HOME_WORDS = ("home", "startseite", "accueil", "inicio")
"""A site's home link, the usual first step of a crumb trail ('Home › World')."""

READING_TIME = ("reading time", "lesezeit", "temps de lecture")
"""Labels of a reading-time widget ('Reading time: 4 min')."""

CREDIT_WORDS = ("photo", "photograph", "image", "credit", "foto", "bild")
"""Words that make a trailing parenthesis or lead a line into an image credit."""

ROLE_WORDS = (
    "writer", "reporter", "correspondent", "editor", "staff", "contributor", "columnist",
    "journalist", "bureau", "desk", "team", "redaktion", "rédaction", "redacción", "redazione",
    "press", "news", "agency", "newsroom",
)
"""Words of a byline part that names a role or a desk, not a person ('Staff writer')."""

TRAILING_LINK_LEADS = (
    "read more", "continue reading", "keep reading", "related", "read also", "also read",
    "see also", "more on this", "more on this story", "lire aussi", "à lire aussi",
    "lire la suite", "lesen sie auch", "mehr zum thema", "weiterlesen", "leer más",
    "lee también", "seguir leyendo", "leggi anche", "continua a leggere", "leia também",
    "leia mais", "читайте также",
)
"""Prompts that end a paragraph with a link to elsewhere ('… the mayor said. Read more: …')."""

TIME_ZONES = ("uhr", "gmt", "utc", "cet", "cest", "bst", "et", "est", "edt", "pt", "pst", "pdt")
"""Zone or clock words that may follow a time stamp ('16:05 GMT')."""

ARTICLE_TYPES = frozenset((
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report",
    "techarticle", "scholarlyarticle", "liveblogposting", "socialmediaposting", "posting",
))
"""JSON-LD ``@type`` values (lower case) that say the page is one article."""

LIST_TYPES = frozenset(("collectionpage", "itemlist", "searchresultspage", "blog"))
"""JSON-LD ``@type`` values (lower case) that say the page lists others."""

END_HEADINGS = frozenset((
    "related", "related articles", "related stories", "related posts", "related content",
    "related coverage", "related news", "related links", "related topics", "related tags",
    "related reading", "you may also like", "you might also like", "you may like",
    "you might like", "you may also be interested in", "you might be interested in",
    "recommended", "recommended for you", "recommended stories", "recommended articles",
    "recommended reading", "most popular", "most read", "most viewed", "most shared",
    "most commented", "popular", "popular now", "popular stories", "trending",
    "trending now", "trending stories", "what to read next", "read next", "up next",
    "top stories", "latest news", "latest stories", "latest articles", "other stories",
    "around the web", "from around the web", "editor's picks", "editors' picks",
    "comments", "comment", "leave a comment", "leave a reply", "post a comment",
    "join the conversation", "join the discussion", "view the discussion thread",
    "tags", "tagged", "topics", "filed under", "categories",
    "share this story", "share this article", "share this post", "share this",
    "weitere beiträge zum thema", "mehr zum thema", "das könnte sie auch interessieren",
    "lesen sie auch", "auch interessant", "kommentare", "schlagworte", "themen",
    "lire aussi", "à lire aussi", "sur le même sujet", "vous aimerez aussi",
    "commentaires", "à lire également", "te puede interesar", "noticias relacionadas",
    "artículos relacionados", "lee también", "comentarios", "leggi anche",
    "articoli correlati", "commenti", "você pode gostar", "leia também", "veja também",
    "notícias relacionadas", "comentários", "читайте также", "материалы по теме",
    "вам также может быть интересно", "похожие статьи", "комментарии",
    "gerelateerde artikelen", "lees ook", "reacties", "läs också", "relaterade artiklar",
    "czytaj także", "czytaj też", "powiązane artykuły", "komentarze",
    "související články", "ilgili haberler", "berita terkait", "baca juga",
))
"""Headings that open what follows an article: related links, comments, tags.

Matched against a whole short line, case folded, without a final colon, stop or ellipsis."""

END_LEADS = ("more from ", "more in ", "more on ", "tags ", "tags: ", "related ",
             "tagged ", "topics: ", "filed under ", "weitere beiträge", "mehr aus ",
             "plus de ", "más de ", "altre notizie", "mais de ")
"""Openings of such a heading that go on with a site's or section's name ('More in Sport')."""

END_NOUNS = frozenset(("stories", "news", "articles", "posts", "videos", "reads", "coverage"))
"""The last word of a 'More … stories' heading ('More Great Stories')."""

SOURCE_HEADINGS = frozenset((
    "sources", "source", "references", "reference", "further reading", "bibliography",
    "citations", "works cited", "notes and references", "sources and further reading",
    "quellen", "quelle", "literatur", "quellen und literatur", "weiterführende literatur",
    "sources et références", "références", "bibliographie", "pour en savoir plus",
    "fuentes", "fuente", "referencias", "bibliografía", "fonti", "bibliografia",
    "riferimenti", "fontes", "referências", "bronnen", "literatuur", "källor", "kilder",
    "lähteet", "źródła", "bibliografie", "zdroje", "источники", "литература",
    "kaynaklar", "πηγές", "参考文献", "出典", "参考資料", "参考", "出处", "참고 문헌", "출처",
))
"""Headings that label an article's own list of sources: the links under them are what
the story cites, part of it (readers keep them), unlike a 'Related' list.

Matched against a whole heading, case folded, without a final colon."""
