"""Views for school teams."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def my_schools(request):
    """The schools the signed-in person belongs to."""
    memberships = request.user.memberships.select_related("school").order_by("school__name")
    return render(request, "community/my_schools.html", {"memberships": memberships})
