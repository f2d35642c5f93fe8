package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every action of the API: each allowed cell works, each forbidden one is refused (403 for an
 * operation the role may not perform, 404 for a ticket outside the caller's scope) and changes nothing.
 */
@ExtendWith(HelpdeskServer.class)
class AccessMatrixIT {

    /** Who calls. The manager manages Support; the restricted agent is in Support with a narrow group. */
    enum Role {
        ADMIN, MANAGER, AGENT, RESTRICTED_AGENT, OTHER_DEPARTMENT_AGENT, CUSTOMER, OTHER_CUSTOMER
    }

    private static final Set<Role> AGENTS_OF_SUPPORT = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AGENT);
    /** Whose permission group lets them see and register customers (the restricted group does not). */
    private static final Set<Role> CUSTOMER_DESK = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AGENT,
            Role.OTHER_DEPARTMENT_AGENT);

    /** A list never refuses: a ticket out of scope is simply not on it (204 stands for "not listed"). */
    private static final ToIntFunction<Role> LISTED_OR_NOT = role -> 204;
    /** A ticket outside the caller's scope does not exist for them. */
    private static final ToIntFunction<Role> OUT_OF_SCOPE = role -> 404;
    /** An operation of agents: customers are refused outright, other agents do not see the ticket. */
    private static final ToIntFunction<Role> AGENTS_ONLY = role ->
            role == Role.CUSTOMER || role == Role.OTHER_CUSTOMER ? 403 : 404;
    private static final ToIntFunction<Role> FORBIDDEN = role -> 403;

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryAction() {
        Fixture f = new Fixture();
        List<Action> actions = List.of(
                new Action("list the customer's Support ticket", supportAndOwner(), LISTED_OR_NOT,
                        c -> listed(c, f.openSupportTicket())),
                new Action("read a Support ticket", supportAndOwner(), OUT_OF_SCOPE,
                        c -> c.get("/tickets/" + f.openSupportTicket())),
                new Action("reply on a Support ticket", supportAndOwner(), OUT_OF_SCOPE,
                        c -> c.post("/tickets/" + f.openSupportTicket() + "/replies", body("Resposta"))),
                new Action("add an internal note", AGENTS_OF_SUPPORT, AGENTS_ONLY,
                        c -> c.post("/tickets/" + f.openSupportTicket() + "/notes", body("Nota"))),
                new Action("change the priority", AGENTS_OF_SUPPORT, AGENTS_ONLY,
                        c -> c.put("/tickets/" + f.openSupportTicket() + "/priority",
                                Json.createObjectBuilder().add("priority", "HIGH").build())),
                // the customer finishes their own ticket only while a status lets them: none is applied here
                new Action("finish a Support ticket", AGENTS_OF_SUPPORT, role -> role == Role.CUSTOMER ? 400 : 404,
                        c -> c.post("/tickets/" + f.openSupportTicket() + "/finish",
                                Json.createObjectBuilder().build())),
                new Action("act on a ticket assigned to oneself", EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AGENT,
                        Role.RESTRICTED_AGENT), AGENTS_ONLY,
                        c -> c.post("/tickets/" + f.openSupportTicketAssignedToRestrictedAgent() + "/notes",
                                body("Nota"))),
                new Action("read a colleague's internal request to Finance", EnumSet.of(Role.ADMIN, Role.MANAGER,
                        Role.OTHER_DEPARTMENT_AGENT), OUT_OF_SCOPE,
                        c -> c.get("/tickets/" + f.openInternalRequestToFinance())),
                new Action("answer a colleague's internal request to Finance", EnumSet.of(Role.ADMIN,
                        Role.OTHER_DEPARTMENT_AGENT), role -> role == Role.MANAGER ? 403 : 404,
                        c -> c.post("/tickets/" + f.openInternalRequestToFinance() + "/replies", body("Ok"))),
                new Action("open an internal ticket", EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AGENT,
                        Role.RESTRICTED_AGENT, Role.OTHER_DEPARTMENT_AGENT), role -> 400,
                        c -> c.post("/tickets", f.supportTicket("Pedido interno").add("type", "I").build())),
                new Action("list customers", CUSTOMER_DESK, FORBIDDEN, c -> c.get("/customers")),
                new Action("list organizations", CUSTOMER_DESK, FORBIDDEN, c -> c.get("/organizations")),
                new Action("register a customer", CUSTOMER_DESK, FORBIDDEN,
                        c -> c.post("/customers", f.newCustomer())),
                new Action("register an organization", CUSTOMER_DESK, FORBIDDEN, c -> c.post("/organizations",
                        Json.createObjectBuilder().add("name", "Org " + f.unique()).build())),
                new Action("create a department", EnumSet.of(Role.ADMIN), FORBIDDEN, c -> c.post("/departments",
                        Json.createObjectBuilder().add("name", "Dept " + f.unique()).build())),
                new Action("register an agent", EnumSet.of(Role.ADMIN), FORBIDDEN, c -> c.post("/agents",
                        Json.createObjectBuilder().add("name", "New Agent").add("email", f.unique() + "@it.test")
                                .add("role", "AGENT").add("directory", "LDAP").build())),
                new Action("create a permission group", EnumSet.of(Role.ADMIN), FORBIDDEN,
                        c -> c.post("/permission-groups", Json.createObjectBuilder().add("name", "G " + f.unique())
                                .add("ticketVisibility", "OWN_ONLY").build())),
                new Action("create a custom field", EnumSet.of(Role.ADMIN), FORBIDDEN, c -> c.post("/custom-fields",
                        Json.createObjectBuilder().add("label", "F " + f.unique()).add("place", "CHAT")
                                .add("type", "TEXT").build())),
                new Action("issue an API token", EnumSet.of(Role.ADMIN), FORBIDDEN, c -> c.post("/tokens",
                        Json.createObjectBuilder().add("owner", f.account.customerEmail).add("name", "x").build())),
                new Action("change the account settings", EnumSet.of(Role.ADMIN), FORBIDDEN,
                        c -> c.put("/account/settings", f.currentSettings())),
                new Action("choose who gets the account e-mails", EnumSet.of(Role.ADMIN), FORBIDDEN,
                        c -> c.put("/account/mail-recipients", f.account.admin.get("/account/mail-recipients")
                                .json())),
                new Action("search the audit log between two days", EnumSet.of(Role.ADMIN), FORBIDDEN,
                        c -> c.get("/audit?from=2026-01-01T00:00:00Z&until=2100-01-01T00:00:00Z&limit=1")),
                new Action("read the outbox", EnumSet.of(Role.ADMIN), FORBIDDEN, c -> c.get("/outbox?limit=1")));

        List<DynamicTest> cells = new ArrayList<>();
        for (Action action : actions) {
            for (Role role : Role.values()) {
                boolean allowed = action.allowed().contains(role);
                cells.add(DynamicTest.dynamicTest(role + " · " + action.name() + " → "
                        + (allowed ? "allowed" : "refused"), () -> {
                    ApiClient.Response response = action.call().apply(f.client(role));
                    if (allowed) {
                        assertTrue(response.status() >= 200 && response.status() < 300,
                                () -> "expected success, got " + response);
                    } else {
                        assertEquals(action.refusal().applyAsInt(role), response.status(), response::toString);
                    }
                }));
            }
        }
        return cells.stream();
    }

    private static Set<Role> supportAndOwner() {
        Set<Role> roles = EnumSet.copyOf(AGENTS_OF_SUPPORT);
        roles.add(Role.CUSTOMER);
        return roles;
    }

    /** 200 when the ticket is on the caller's first page, 204 when it is not: a list never refuses. */
    private static ApiClient.Response listed(ApiClient client, long protocol) {
        ApiClient.Response response = client.get("/tickets?limit=100");
        assertEquals(200, response.status(), response::toString);
        boolean found = response.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getJsonNumber("protocol").longValue() == protocol);
        return new ApiClient.Response(found ? 200 : 204, "");
    }

    private static JsonObject body(String text) {
        return Json.createObjectBuilder().add("body", text).build();
    }

    record Action(String name, Set<Role> allowed, ToIntFunction<Role> refusal,
                  Function<ApiClient, ApiClient.Response> call) {
    }

    /** The account the matrix runs against, made through the administrator's API. */
    static final class Fixture {

        final TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        final String managerEmail = "manager-" + account.suffix + "@it.test";
        final String restrictedEmail = "restricted-" + account.suffix + "@it.test";
        final String colleagueEmail = "colleague-" + account.suffix + "@it.test";
        private final ApiClient colleague;
        private final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);
        private final long restrictedAgentId;
        private int counter;

        Fixture() {
            JsonObject group = TestAccount.created(account.admin.post("/permission-groups",
                    Json.createObjectBuilder().add("name", "Restrito " + account.suffix)
                            .add("ticketVisibility", "OWN_ONLY").add("viewCustomers", false)
                            .add("editCustomers", false).add("customerData", Json.createArrayBuilder()).build()));
            TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                    .add("name", "Manager " + account.suffix).add("email", managerEmail).add("role", "MANAGER")
                    .add("directory", "LDAP").add("departmentIds", Json.createArrayBuilder().add(account.supportId))
                    .build()));
            restrictedAgentId = TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                    .add("name", "Restricted " + account.suffix).add("email", restrictedEmail).add("role", "AGENT")
                    .add("directory", "LDAP").add("departmentIds", Json.createArrayBuilder().add(account.supportId))
                    .add("permissionGroupId", group.getJsonNumber("id").longValue()).build()))
                    .getJsonNumber("id").longValue();
            account.createAgent("Colleague " + account.suffix, colleagueEmail, account.supportId);
            colleague = account.clientFor(colleagueEmail);
            clients.put(Role.ADMIN, account.admin);
            clients.put(Role.MANAGER, account.clientFor(managerEmail));
            clients.put(Role.AGENT, account.clientFor(account.supportAgentEmail));
            clients.put(Role.RESTRICTED_AGENT, account.clientFor(restrictedEmail));
            clients.put(Role.OTHER_DEPARTMENT_AGENT, account.clientFor(account.financeAgentEmail));
            clients.put(Role.CUSTOMER, account.clientFor(account.customerEmail));
            clients.put(Role.OTHER_CUSTOMER, account.clientFor(account.otherCustomerEmail));
        }

        ApiClient client(Role role) {
            return clients.get(role);
        }

        String unique() {
            return account.suffix + "-" + (++counter);
        }

        JsonObjectBuilder supportTicket(String subject) {
            return Json.createObjectBuilder().add("departmentId", account.supportId)
                    .add("categoryId", account.supportCategoryId).add("subject", subject).add("message", "Detalhes");
        }

        long openSupportTicket() {
            return TestAccount.created(client(Role.CUSTOMER).post("/tickets", supportTicket("Chamado").build()))
                    .getJsonNumber("protocol").longValue();
        }

        long openSupportTicketAssignedToRestrictedAgent() {
            long protocol = openSupportTicket();
            ApiClient.Response assigned = account.admin.put("/tickets/" + protocol + "/assignee",
                    Json.createObjectBuilder().add("agentId", restrictedAgentId).build());
            assertEquals(200, assigned.status(), assigned::toString);
            return protocol;
        }

        /** A Support agent asks Finance for something: their manager follows it, their colleagues do not. */
        long openInternalRequestToFinance() {
            return TestAccount.created(colleague.post("/tickets", Json.createObjectBuilder()
                            .add("type", "I").add("departmentId", account.financeId)
                            .add("categoryId", account.financeCategoryId).add("subject", "Reembolso de viagem")
                            .add("message", "Segue o pedido").build()))
                    .getJsonNumber("protocol").longValue();
        }

        JsonObject newCustomer() {
            return Json.createObjectBuilder().add("name", "Cliente " + unique())
                    .add("email", "c-" + unique() + "@it.test").add("directory", "LDAP").build();
        }

        JsonObject currentSettings() {
            JsonObject settings = account.admin.get("/account/settings").json();
            return Json.createObjectBuilder(settings).remove("customerPanelUrl").remove("hasLogo").build();
        }
    }
}
