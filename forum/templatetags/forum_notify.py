"""``{% load forum_notify %}{% forum_unread_count as n %}``: the signed-in member's unread forum notifications,
for the site header (one query, once per request; 0 for visitors)."""

from django import template

from forum import notifications

register = template.Library()


@register.simple_tag(takes_context=True)
def forum_unread_count(context) -> int:
    request = context.get("request")
    if request is None:
        return notifications.unread_count(context.get("user"))
    if not hasattr(request, "_forum_unread_count"):
        request._forum_unread_count = notifications.unread_count(getattr(request, "user", None))
    return request._forum_unread_count
