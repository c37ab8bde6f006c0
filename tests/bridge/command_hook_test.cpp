// Taking over a command in place: install, call through, restore, and deletion.
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "interp_fixture.hpp"
#include "tkext/bridge/command_hook.hpp"

using tkext::bridge::CommandHook;
using tkext::bridge::HookOwner;

namespace {

struct RecordingOwner final : HookOwner {
    std::vector<CommandHook*> gone;
    void hook_gone(CommandHook* hook) override { gone.push_back(hook); }
};

int original_deleted = 0;

int echo_proc(ClientData, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    Tcl_SetObjResult(interp, Tcl_NewListObj(objc - 1, objv + 1));
    return TCL_OK;
}

void echo_deleted(ClientData) { ++original_deleted; }

// Prefixes the result of the original command with "hooked".
int prefixing_handler(CommandHook& hook, Tcl_Interp* interp, Tcl_Size objc, tkext::ObjArray objv) {
    const int status = hook.call_original(interp, objc, objv);
    const std::string text = std::string("hooked ") + Tcl_GetStringResult(interp);
    Tcl_SetObjResult(interp, Tcl_NewStringObj(text.c_str(), -1));
    return status;
}

// Throws, as a handler might on an allocation failure.
int throwing_handler(CommandHook&, Tcl_Interp*, Tcl_Size, tkext::ObjArray) {
    throw std::runtime_error("handler failed");
}

// Says the owner was told, then throws from there.
struct ThrowingOwner final : HookOwner {
    int told = 0;
    void hook_gone(CommandHook*) override {
        ++told;
        throw std::bad_alloc();
    }
};

}  // namespace

class CommandHookTest : public InterpTest {
protected:
    void SetUp() override {
        InterpTest::SetUp();
        original_deleted = 0;
        token_ = Tcl_CreateObjCommand(interp_, "echo", echo_proc, nullptr, echo_deleted);
    }
    Tcl_Command token_ = nullptr;
    RecordingOwner owner_;
};

TEST_F(CommandHookTest, HookedCommandRunsTheHandlerAndReachesTheOriginal) {
    auto* hook = new CommandHook(token_, prefixing_handler, &owner_, nullptr);
    ASSERT_TRUE(hook->install());
    EXPECT_EQ(CommandHook::installed_on(token_), hook);
    EXPECT_EQ(Tcl_GetString(eval("echo a b").get()), std::string("hooked a b"));
    CommandHook::discard(hook);
    EXPECT_EQ(CommandHook::installed_on(token_), nullptr);
    EXPECT_EQ(Tcl_GetString(eval("echo a b").get()), std::string("a b"));
}

TEST_F(CommandHookTest, ASecondHookOnTheSameCommandIsRefused) {
    auto* first = new CommandHook(token_, prefixing_handler, &owner_, nullptr);
    ASSERT_TRUE(first->install());
    CommandHook second(token_, prefixing_handler, &owner_, nullptr);
    EXPECT_FALSE(second.install());
    EXPECT_EQ(Tcl_GetString(eval("echo x").get()), std::string("hooked x"));
    CommandHook::discard(first);
}

TEST_F(CommandHookTest, DeletingTheCommandRunsItsOwnCleanupAndTellsTheOwner) {
    auto* hook = new CommandHook(token_, prefixing_handler, &owner_, nullptr);
    ASSERT_TRUE(hook->install());
    eval("rename echo {}");
    EXPECT_EQ(original_deleted, 1);
    ASSERT_EQ(owner_.gone.size(), 1u);
    EXPECT_EQ(owner_.gone[0], hook);
}

TEST_F(CommandHookTest, RenamedCommandsKeepTheirHook) {
    auto* hook = new CommandHook(token_, prefixing_handler, &owner_, nullptr);
    ASSERT_TRUE(hook->install());
    eval("rename echo echo2");
    EXPECT_EQ(Tcl_GetString(eval("echo2 z").get()), std::string("hooked z"));
    CommandHook::discard(hook);
    EXPECT_EQ(Tcl_GetString(eval("echo2 z").get()), std::string("z"));
}

TEST_F(CommandHookTest, AnExceptionFromAHandlerBecomesATkextErrorNotAnUnwindThroughTcl) {
    auto* hook = new CommandHook(token_, throwing_handler, &owner_, nullptr);
    ASSERT_TRUE(hook->install());
    EXPECT_EQ(Tcl_EvalEx(interp_, "echo a b", -1, 0), TCL_ERROR);
    EXPECT_EQ(result(), "internal error: handler failed");
    EXPECT_EQ(error_code(), "TKEXT INTERNAL");
    CommandHook::discard(hook);
}

TEST_F(CommandHookTest, AnExceptionFromTheOwnerOnDeletionStaysInTkext) {
    ThrowingOwner owner;
    auto* hook = new CommandHook(token_, prefixing_handler, &owner, nullptr);
    ASSERT_TRUE(hook->install());
    EXPECT_EQ(Tcl_EvalEx(interp_, "rename echo {}", -1, 0), TCL_OK);
    EXPECT_EQ(owner.told, 1);
    EXPECT_EQ(original_deleted, 1);
}
