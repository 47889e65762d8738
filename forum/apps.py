from django.apps import AppConfig


class ForumConfig(AppConfig):
    """The forum where schools share how they handled things (decision 0011)."""

    name = "forum"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from forum import search, signals

        post_delete.connect(search.thread_deleted, sender="forum.Thread", dispatch_uid="forum-search-thread-deleted")
        post_save.connect(signals.category_changed, sender="forum.Category", dispatch_uid="forum-category-saved")
        post_delete.connect(signals.category_changed, sender="forum.Category", dispatch_uid="forum-category-deleted")
        post_save.connect(signals.membership_changed, sender="community.Membership", dispatch_uid="forum-member-saved")
        post_delete.connect(signals.membership_changed, sender="community.Membership", dispatch_uid="forum-member-gone")
        post_save.connect(signals.school_changed, sender="community.School", dispatch_uid="forum-school-saved")
        m2m_changed.connect(signals.memberships_changed, sender="community.Membership", dispatch_uid="forum-members")
