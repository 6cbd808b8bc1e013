#include "domain/workflow.h"
#include "support/tempdir.h"

using namespace tenet::domain;

namespace {

VersionInfo versionIn(VersionState state, const QString &author = u"S001"_s)
{
    VersionInfo v;
    v.number = 4;
    v.state = state;
    v.author = author;
    return v;
}

const Actor supervisor{u"S001"_s, Role::Supervisor};
const Actor otherSupervisor{u"S002"_s, Role::Supervisor};
const Actor manager{u"M001"_s, Role::Manager};
const Actor otherManager{u"M002"_s, Role::Manager};
const Actor agent{u"A001"_s, Role::Agent};
const Actor script{u"os:cron"_s, std::nullopt};

} // namespace

TEST_CASE("only a draft can be edited, and not by an agent", "[domain][workflow]")
{
    CHECK(checkWorkflowAction(WorkflowAction::Edit, versionIn(VersionState::Draft), supervisor));
    CHECK(checkWorkflowAction(WorkflowAction::Edit, versionIn(VersionState::Draft), script));
    CHECK_FALSE(checkWorkflowAction(WorkflowAction::Edit, versionIn(VersionState::Draft), agent));
    for (VersionState state : {VersionState::InReview, VersionState::Approved,
                               VersionState::Published, VersionState::Superseded,
                               VersionState::Withdrawn}) {
        const Status status = checkWorkflowAction(WorkflowAction::Edit, versionIn(state), manager);
        REQUIRE_FALSE(status);
        CHECK(status.error().kind == ErrorKind::Refused);
    }
}

TEST_CASE("a draft goes through review, approval and publication in order", "[domain][workflow]")
{
    VersionInfo v = versionIn(VersionState::Draft);
    REQUIRE(checkWorkflowAction(WorkflowAction::Submit, v, supervisor));
    v.state = stateAfter(WorkflowAction::Submit, v.state);
    v.submittedBy = supervisor.id;
    CHECK(v.state == VersionState::InReview);

    CHECK_FALSE(checkWorkflowAction(WorkflowAction::Publish, v, manager));
    REQUIRE(checkWorkflowAction(WorkflowAction::Approve, v, manager));
    v.state = stateAfter(WorkflowAction::Approve, v.state);
    CHECK(v.state == VersionState::Approved);

    REQUIRE(checkWorkflowAction(WorkflowAction::Publish, v, manager));
    CHECK(stateAfter(WorkflowAction::Publish, v.state) == VersionState::Published);
}

TEST_CASE("the author or submitter of a draft cannot approve it", "[domain][workflow]")
{
    VersionInfo byManager = versionIn(VersionState::InReview, manager.id);
    const Status own = checkWorkflowAction(WorkflowAction::Approve, byManager, manager);
    REQUIRE_FALSE(own);
    CHECK(own.error().message.contains(u"another manager"_s));
    CHECK(checkWorkflowAction(WorkflowAction::Approve, byManager, otherManager));

    VersionInfo submitted = versionIn(VersionState::InReview, supervisor.id);
    submitted.submittedBy = otherManager.id;
    CHECK_FALSE(checkWorkflowAction(WorkflowAction::Approve, submitted, otherManager));
    CHECK(checkWorkflowAction(WorkflowAction::Approve, submitted, manager));
}

TEST_CASE("only a manager approves, sends back and publishes", "[domain][workflow]")
{
    const VersionInfo inReview = versionIn(VersionState::InReview, u"S009"_s);
    const VersionInfo approved = versionIn(VersionState::Approved, u"S009"_s);
    for (const Actor &actor : {supervisor, agent, script}) {
        CHECK_FALSE(checkWorkflowAction(WorkflowAction::Approve, inReview, actor));
        CHECK_FALSE(checkWorkflowAction(WorkflowAction::SendBack, inReview, actor));
        CHECK_FALSE(checkWorkflowAction(WorkflowAction::Publish, approved, actor));
    }
    CHECK(checkWorkflowAction(WorkflowAction::SendBack, inReview, manager));
    CHECK(stateAfter(WorkflowAction::SendBack, VersionState::InReview) == VersionState::Draft);
}

TEST_CASE("an agent cannot submit, and the refusal names who they are", "[domain][workflow]")
{
    const Status status
        = checkWorkflowAction(WorkflowAction::Submit, versionIn(VersionState::Draft), agent);
    REQUIRE_FALSE(status);
    CHECK(status.error().kind == ErrorKind::Refused);
    CHECK(status.error().message
          == u"cannot submit version 4: A001 is on the roster as Agent, and only a supervisor, "
             "manager, quality or trainer can submit a draft"_s);
}

TEST_CASE("a refusal for the wrong state is one sentence naming the state in words",
          "[domain][workflow]")
{
    const Status status
        = checkWorkflowAction(WorkflowAction::Publish, versionIn(VersionState::InReview), manager);
    REQUIRE_FALSE(status);
    CHECK(status.error().message
          == u"cannot publish version 4 (In review): only an approved version can be published"_s);
}

TEST_CASE("an open version can be withdrawn by its author or a manager", "[domain][workflow]")
{
    CHECK(checkWorkflowAction(WorkflowAction::Withdraw, versionIn(VersionState::Draft), supervisor));
    CHECK_FALSE(checkWorkflowAction(WorkflowAction::Withdraw, versionIn(VersionState::Draft),
                                    otherSupervisor));
    CHECK(checkWorkflowAction(WorkflowAction::Withdraw, versionIn(VersionState::Approved), manager));
    CHECK_FALSE(
        checkWorkflowAction(WorkflowAction::Withdraw, versionIn(VersionState::Published), manager));
}

TEST_CASE("a first publication must be material", "[domain][workflow]")
{
    CHECK_FALSE(checkPublicationKind(false, false));
    CHECK(checkPublicationKind(true, false));
    CHECK(checkPublicationKind(false, true));
}
