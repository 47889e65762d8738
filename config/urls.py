"""URL map. The Wagtail admin and technical endpoints sit outside the language prefix; pages, search and
accounts sit inside it: Dutch at /, English at /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.sitemaps import SiteSitemap
from search import views as search_views

handler500 = "core.views.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz/", core_views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": SiteSitemap}}),
]

urlpatterns += i18n_patterns(
    path("zoeken/", search_views.search, name="search"),
    path("zoeken/suggesties/", search_views.suggest, name="search_suggest"),
    path("account/", include("allauth.urls")),
    path("community/", include("community.urls")),
    path("scan/", include("scan.urls")),
    path("forum/", include("forum.urls")),
    path("mijn-map/", include("folders.urls")),
    path("bibliotheek-items/", include("library.urls")),
    path("mijn-wijschool/wijzigingen/", include("alerts.urls")),
    path("mijn-wijschool/", include("dashboard.urls")),
    path("niet-vertaald/<int:page_id>/", core_views.untranslated, name="untranslated"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns = (
        staticfiles_urlpatterns() + static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
    )
