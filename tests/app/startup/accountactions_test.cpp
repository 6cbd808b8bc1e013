#include "startupfixture.h"

#include "app/session/session.h"
#include "app/startup/accountactions.h"
#include "storage/staffstore.h"

#include <QAction>
#include <QMenu>

using namespace tenet;

namespace {
QString plainText(const QAction *action)
{
    return action->text().remove(u'&');
}
} // namespace

TEST_CASE("the sign-in actions follow who is signed in", "[startup][account]")
{
    test::TempDir dir;
    app::Session session;
    app::AccountActions actions(session, nullptr);
    CHECK_FALSE(actions.signInAction()->isEnabled()); // no database yet
    CHECK_FALSE(actions.signOutAction()->isEnabled());
    CHECK_FALSE(actions.signInAction()->shortcut().isEmpty());

    session.setDatabase(test::openDemoCopy(dir.file(u"demo.db"_s)));
    CHECK(actions.signInAction()->isEnabled());
    CHECK(plainText(actions.signInAction()).contains(u"Sign In"_s));
    CHECK_FALSE(actions.signOutAction()->isEnabled());

    auto jonas = storage::StaffStore(*session.database()).find(u"S001"_s);
    REQUIRE(jonas);
    session.signIn(*jonas);
    CHECK(plainText(actions.signInAction()).contains(u"Switch User"_s));
    CHECK(actions.signOutAction()->isEnabled());
    CHECK(actions.signOutAction()->toolTip().contains(u"Jonas Petraitis"_s));

    actions.signOutAction()->trigger();
    CHECK_FALSE(session.isSignedIn());
    CHECK_FALSE(actions.signOutAction()->isEnabled());
    CHECK(plainText(actions.signInAction()).contains(u"Sign In"_s));

    QMenu menu;
    actions.addTo(&menu);
    CHECK(menu.actions().size() == 2);
}
