// Generated from api/openapi.json by `npm run gen:api`. Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Roles: anyone, signed in or not.
         */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Roles: anyone, signed in or not.
         */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Roles: anyone, signed in or not, on the server's own machine; elsewhere only with the metrics token (HATCHERY_METRICS_TOKEN) as `Authorization: Bearer <token>`. The machine is told by the TCP peer address: a request from a loopback address that carries a forwarding header (Forwarded, X-Forwarded-For, X-Real-IP, X-Forwarded-Host, X-Forwarded-Proto) came through a proxy and does not count.
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description Roles: anyone, signed in or not.
         */
        get: operations["getOpenAPI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Roles: anyone, signed in or not. Checks the password and opens a session. Attempts are throttled per account and per address (429). A wrong password, an unknown user and a disabled user all answer 401. A user with two-step verification also sends `totp`; without it the answer is 401 `urn:hatchery:problem:totp_required`, so the page asks for the code. A code is accepted once (replays and older codes are refused), within one 30-second step either way for clock drift. A user whose role needs two-step verification that is not yet on is signed in with `must_enrol_totp` and may only enrol (and change an expired password). When a maximum password age is set and the user's password is older, sign-in succeeds with `must_change_password: true`, and the session may only change its password (POST /auth/password), read GET /auth/me or sign out; anything else answers 403 `urn:hatchery:problem:password_expired`. API tokens are credentials of their own and are not held to the password's age.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. Takes no body.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. Needs the current password; the new one follows the password rules of `POST /users` (reported on `new_password`: `password_length`, `password_blank`, `password_repeated`, `password_common`, or `password_unchanged` when it is the current one). One of the last five passwords answers 422 `urn:hatchery:problem:password_reused` on `new_password`. The password changed, an expired session (`must_change_password`) may call every route again. A wrong current password answers 422 on `current_password` (code `password_wrong`) and counts against the sign-in throttle (429 when spent). On success every other session of the user ends; the one making the request stays, and API tokens are kept. Only a signed-in session may change its password: a caller using an API token is refused (403). Audited as `change_password`, without password material.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your sessions
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. The caller's live sessions (signed-in browsers), newest first, the one making the request marked `current`. Never shows a session's token.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of your sessions
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. Signs that browser out. Ending the current session signs the caller out and clears the cookie. Another user's session answers 404. Audited as `end_session`.
         */
        delete: operations["endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your API tokens
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. The token acts as its user, with the user's role. Tokens are made from a signed-in session: a caller using an API token is refused (403).
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke one of your API tokens
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. Another user's token answers 404.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Roles: admin.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Roles: admin. A taken username answers 409. A password is 8 to 128 characters, not blank, not one character repeated, not a common password and not the username (422 on `password`).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description Roles: admin.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user
         * @description Roles: admin. A new password follows the same rules as on creation, and may not be the user's current one or one of their last five (422 `urn:hatchery:problem:password_reused` on `password`); the one it replaces joins the user's history. An admin cannot disable themselves or change their own role (422 `urn:hatchery:problem:self_lockout`). Disabling or demoting the last enabled admin answers 422 `urn:hatchery:problem:last_admin`. A change made by an admin who was disabled or demoted after the request was let in answers 403.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audit trail
         * @description Roles: admin, reviewer, security_auditor. Security auditors read the whole trail, and nothing else that is personal. A security auditor reads who did what, when, from where, to which record and which fields, with the values of closed lists (stages, statuses); other values, `before`, `after` and the names of people (users, staff) are withheld (null).
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the audit hash chain
         * @description Roles: admin, reviewer, security_auditor.
         */
        get: operations["verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List communities
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor.
         */
        get: operations["listCommunities"];
        put?: never;
        /**
         * Create a community
         * @description Roles: admin. A name already used in the same street answers 409.
         */
        post: operations["createCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a community
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor.
         */
        get: operations["getCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a community
         * @description Roles: admin.
         */
        patch: operations["updateCommunity"];
        trace?: never;
    };
    "/api/v1/funders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List funders
         * @description Roles: admin, reviewer, incubator, org_staff, funder.
         */
        get: operations["listFunders"];
        put?: never;
        /**
         * Create a funder
         * @description Roles: admin. A name or credit code already used answers 409.
         */
        post: operations["createFunder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a funder
         * @description Roles: admin, reviewer, incubator, org_staff, funder.
         */
        get: operations["getFunder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a funder
         * @description Roles: admin.
         */
        patch: operations["updateFunder"];
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create an organization
         * @description Roles: admin. A credit code already used answers 409.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get an organization
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an organization's profile
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Whether the caller may change this organization is decided per organization: admins may change any; an incubator its own organization and those it incubates now; org_staff their own. A reviewer, a funder for its contractor, or an incubator for an organization it no longer hosts gets 403; only admins change `is_incubator`. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Graduation readiness
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Time in each stage
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["getStageTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * An organization's transition requests
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["listOrganizationTransitions"];
        put?: never;
        /**
         * Request a stage transition
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Whether the caller may request is decided per organization: admins and reviewers for any; an incubator for its own organization and those it incubates now; org_staff for their own. Others who see the organization get 403. An organization has at most one pending request (409). Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        post: operations["requestTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * An organization's milestones
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["listMilestones"];
        put?: never;
        /**
         * Log a milestone
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Whether the caller may log is decided per organization: admins and reviewers for any; an incubator for the organizations it incubates now. org_staff, a funder for its contractor, and an incubator for an organization it no longer hosts get 403. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        post: operations["logMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * An organization's staff roster
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Every record of the organization, present and past, newest first. Phone numbers are shown in full to the organization's own staff, its current incubator, reviewers and admins, and masked to everyone else (`139****0000`: the first three and last four characters kept). Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Add someone to the roster
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Someone working there now, or someone who already left (`left_on` with `leave_reason`). Someone who comes back after leaving is added again as a new record. Whether the caller may keep this roster is decided per organization: admins for any; an incubator for the organizations it incubates now; org_staff for their own. A reviewer, a funder for its contractor, and an incubator for an organization it no longer hosts get 403. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        post: operations["addStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a staff record
         * @description Roles: admin, reviewer, incubator, org_staff, funder. A record of a roster the caller may read. Phone numbers are shown in full to the organization's own staff, its current incubator, reviewers and admins, and masked to everyone else (`139****0000`: the first three and last four characters kept). Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["getStaffMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a staff record or record a departure
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Records are never deleted: a departure sets `left_on` and `leave_reason` together, and both as empty strings clear a departure recorded by mistake. Whether the caller may keep this roster is decided per organization: admins for any; an incubator for the organizations it incubates now; org_staff for their own. A reviewer, a funder for its contractor, and an incubator for an organization it no longer hosts get 403. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        patch: operations["updateStaffMember"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/funding": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * An organization's funding continuity
         * @description Roles: admin, reviewer, incubator, org_staff, funder. SPEC 5.2 for one organization, over every funder's awarded projects; a funder's users see the figures whole but only their own funder and projects named. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["organizationFunding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The review queue
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Requests are scoped like organizations: admins and reviewers see all; an incubator those on its own organization and on those it incubates or incubated; org_staff those on their own; a funder those on the contractors of the projects it funds.
         */
        get: operations["listTransitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transitions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a request
         * @description Roles: admin, reviewer. Nobody decides a request they made (403). Graduating (incubating to independent) an organization that does not meet every readiness criterion needs `override: true` and a note; the readiness at decision time is kept with the request.
         */
        post: operations["approveTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transitions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a request
         * @description Roles: admin, reviewer. Nobody decides a request they made (403). A note saying why is required.
         */
        post: operations["rejectTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transitions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a request
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Takes no body. Only the user who made a pending request may withdraw it; anyone else who sees the organization gets 403, and a request on an organization outside the caller's scope answers 404.
         */
        post: operations["withdrawTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/graduation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Graduation criteria
         * @description Roles: admin, reviewer, incubator, org_staff, funder.
         */
        get: operations["getGraduationSettings"];
        /**
         * Change the graduation criteria
         * @description Roles: admin. A version that is no longer current answers 409.
         */
        put: operations["setGraduationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly training target
         * @description Roles: admin, reviewer, incubator, org_staff, funder.
         */
        get: operations["getTrainingSettings"];
        /**
         * Change the yearly training target
         * @description Roles: admin. A version that is no longer current answers 409.
         */
        put: operations["setTrainingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open-data publisher and identifier prefixes
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Version 0 means never set: every field is empty and the open-data exports answer 422 `urn:hatchery:problem:open-data-not-configured`.
         */
        get: operations["getOpenDataSettings"];
        /**
         * Change the open-data publisher and identifier prefixes
         * @description Roles: admin. Every field is replaced. A malformed field answers 422 listing every field at fault and changes nothing; a version that is no longer current answers 409.
         */
        put: operations["setOpenDataSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/passwords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The password policy
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor.
         */
        get: operations["getPasswordSettings"];
        /**
         * Change the password policy
         * @description Roles: admin. Sets the maximum age of a password in days (0: none). A version that is no longer current answers 409. Audited as an update of setting `passwords`.
         */
        put: operations["setPasswordSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization pipeline
         * @description Roles: admin, reviewer. Organizations by stage, incubation outcomes for the period (by default the twelve months to today), stuck incubations, the pending queue and survival. A period that ends before it starts, or is longer than 20 years, answers 422.
         */
        get: operations["pipelineReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding-cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List funding cycles
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Every signed-in user reads the rounds, which are public calls for proposals; a funder's users only their own funder's (others answer 404).
         */
        get: operations["listFundingCycles"];
        put?: never;
        /**
         * Open a funding cycle
         * @description Roles: admin, funder. A funder's users open rounds of their own funder; admins name the funder in `funder_id`. A name the funder already uses answers 409.
         */
        post: operations["createFundingCycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding-cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a funding cycle
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Every signed-in user reads the rounds, which are public calls for proposals; a funder's users only their own funder's (others answer 404).
         */
        get: operations["getFundingCycle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a funding cycle
         * @description Roles: admin, funder. A funder's users change their own funder's rounds (others answer 404).
         */
        patch: operations["updateFundingCycle"];
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Roles: admin, funder. A funder's users create projects of their own funder; admins name the funder in `funder_id`. The project starts as a draft with its plan inline. A code already used answers 409.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a project
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft project
         * @description Roles: admin, funder. Admins and the funder's own users change a draft's fields and plan; once contracted the plan is fixed (422). Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/api/v1/projects/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a project
         * @description Roles: admin, funder. Admins and the funder's own users move a project along SPEC 6.1's machine: draft -> contracted -> active -> completed, and any but completed -> terminated. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        post: operations["moveProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate a completed project
         * @description Roles: admin, reviewer, funder. Admins, reviewers and the funder's own users evaluate a completed project; evaluating again replaces the evaluation. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        post: operations["evaluateProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/indicators/{indicator_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
                /** @description The indicator's id. */
                indicator_id: components["parameters"]["IndicatorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record what a project delivered
         * @description Roles: admin, org_staff. Admins and the contractor's own staff record an indicator's actual once the project is contracted. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        patch: operations["updateIndicator"];
        trace?: never;
    };
    "/api/v1/projects/{id}/spend-audit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A project's spend audit
         * @description Roles: admin, reviewer, incubator, org_staff, funder. SPEC 5.3 for one project. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        get: operations["projectSpendAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/ocds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A project as an OCDS release package
         * @description Roles: admin, reviewer, incubator, org_staff, funder. The project's releases, one per state it reached (planning; award and contract; implementation; contractTermination), in an OCDS 1.1 release package; see the README's section on open data. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        get: operations["projectOCDS"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A project's disbursements
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        get: operations["listDisbursements"];
        put?: never;
        /**
         * Record a disbursement
         * @description Roles: admin, funder. Admins and the funder's own users book a payment on a contracted, active or completed project; disbursements never sum above the budget. Honours Idempotency-Key. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        post: operations["recordDisbursement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/expenditures": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A project's expenditures
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        get: operations["listExpenditures"];
        put?: never;
        /**
         * Record an expenditure
         * @description Roles: admin, org_staff. Admins and the contractor's own staff book a spend on a contracted, active or completed project; spending beyond what was disbursed or outside the period is taken and flagged by the spend audit. Honours Idempotency-Key. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        post: operations["recordExpenditure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disbursements/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a disbursement
         * @description Roles: admin, funder. Admins and the funder's own users correct a payment by booking its negation, once. Honours Idempotency-Key. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        post: operations["reverseDisbursement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expenditures/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse an expenditure
         * @description Roles: admin, org_staff. Admins and the contractor's own staff correct a spend by booking its negation, once. Honours Idempotency-Key. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. A project outside the caller's scope answers 404.
         */
        post: operations["reverseExpenditure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Funding continuity across a portfolio
         * @description Roles: admin, reviewer, funder. SPEC 5.2 over the organizations in the caller's scope with awarded projects, and per funding cycle the pool against what was awarded. Admins and reviewers see every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. An organization outside the caller's scope answers 404.
         */
        get: operations["fundingReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/spend-audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A funder's portfolio spend audit
         * @description Roles: admin, reviewer, funder. SPEC 5.3 across a funder's projects, with the first-digit test from 300 standing expenditures. A funder's users audit their own funder (another answers 404); admins and reviewers name the funder (422 without). `flag` keeps the projects' audits raising that flag (`any`: any flag) and `limit` with `offset` answers one page of them, counted in `audits_total`; the portfolio's figures always count every project, and an export holds every audit the flag keeps.
         */
        get: operations["portfolioSpendAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/turnover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff turnover
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Every signed-in role reads it over the staff of the organizations it may see: admins and reviewers every organization; an incubator its own organization and those it incubates or incubated; org_staff their own organization; a funder the contractors of the projects it funds. SPEC 5.4's figures for a period (by default the twelve months to today), grouped by organization (the default), incubator, district or employment type, with their total, the period's leave reasons, its quarterly trend and the retention figures at its end. A person is on the headcount on day D when `joined_on <= D` and `left_on` is empty or after D. A period that ends before it starts, or is longer than ten years (`to` on or after the day ten years after `from`), answers 422.
         */
        get: operations["turnoverReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Demand surveys
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Newest first, without their needs. Admins and reviewers read every survey; org_staff the surveys their organization ran and those of the communities its projects serve; an incubator those run by itself or the organizations it incubates or incubated, and those of the communities their projects serve; a funder those of the communities the projects it funds serve. Outside the caller's scope a survey or need answers 404.
         */
        get: operations["listSurveys"];
        put?: never;
        /**
         * Record a survey with its needs
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers record any survey; org_staff those their organization ran (`conducted_by_org_id` defaults to it and may name no other); an incubator those run by itself (the default) or an organization it incubates now. Others get 403. Respondents are at least 1; each need's `mentions` at most the respondents (422 `mentions_over_respondents`); the date not in the future (422 `survey_in_future`); at least one need (422 `survey_without_needs`). Audited.
         */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a survey with its needs
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers read every survey; org_staff the surveys their organization ran and those of the communities its projects serve; an incubator those run by itself or the organizations it incubates or incubated, and those of the communities their projects serve; a funder those of the communities the projects it funds serve. Outside the caller's scope a survey or need answers 404.
         */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a survey and its needs
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Who may record a survey run by its organization may correct it (others in scope get 403). Sends the version read; a stale one answers 409. `needs`, when sent, replaces the list: items with `id` correct that need, items without add one, needs left out are removed unless linked to a project (409, code `need_linked`). Lowering respondents below a need's mentions answers 422 `mentions_over_respondents`. Audited. Admins and reviewers read every survey; org_staff the surveys their organization ran and those of the communities its projects serve; an incubator those run by itself or the organizations it incubates or incubated, and those of the communities their projects serve; a funder those of the communities the projects it funds serve. Outside the caller's scope a survey or need answers 404.
         */
        patch: operations["updateSurvey"];
        trace?: never;
    };
    "/api/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Surveyed needs
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Newest first, each with its survey's title and date, its community, the projects linked to it that the caller may see and whether it is covered (linked to a contracted, active or completed project). Admins and reviewers read every survey; org_staff the surveys their organization ran and those of the communities its projects serve; an incubator those run by itself or the organizations it incubates or incubated, and those of the communities their projects serve; a funder those of the communities the projects it funds serve. Outside the caller's scope a survey or need answers 404.
         */
        get: operations["listNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * The needs a project answers
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Newest first. Any role that may see the project.
         */
        get: operations["listProjectNeeds"];
        put?: never;
        /**
         * Link a project to a need it answers
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins, the project's funder and its contractor's staff; others who see the project get 403. The need's community must be in the project's service area (422 `need_outside_service_area`); a link made twice answers 409 (field `need_id`, code `already_linked`). Any status may be linked; only contracted, active and completed projects count a need as covered. Audited.
         */
        post: operations["linkNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/needs/{need_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
                /** @description The need's id. */
                need_id: components["parameters"]["NeedId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink a project from a need
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins, the project's funder and its contractor's staff. A link that does not exist answers 404. Audited.
         */
        delete: operations["unlinkNeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/demand-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Demand coverage
         * @description Roles: admin, reviewer, funder. SPEC 5.5 for every community (or one district): surveys, latest survey date and whether it is stale (older than 365 days), needs, needs covered by a contracted, active or completed project, coverage, uncovered high-priority needs, covering projects serving the community and the share linked to one of its needs; a roll-up by district; and the headline share of communities without an answer (no covered need; a community without a survey has none). The report holds counts only and covers the whole city for each of its readers. `sort` orders the communities and `limit` (with `offset`) answers one page of them, for a city of thousands; the headline, the districts and `communities_total` always count every community, and an export holds them all.
         */
        get: operations["demandCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import survey results from a spreadsheet
         * @description Roles: admin, reviewer, org_staff, incubator (the callers of POST /surveys); a funder gets 403. The file (multipart field `file`, at most 10 MiB) is a CSV (UTF-8 with or without a byte order mark, or GB18030 as Excel in Chinese saves it) or an .xlsx workbook (its first sheet), told apart by content. Row 1 is the header; each further row is one need: 社区 (community, by name or id), 调研标题 (survey_title), 调研方式 (method), 调研日期 (conducted_on), 受访人数 (respondents), 需求类别 (category), 需求标题 (need_title), 需求描述 (description, optional), 提及人数 (mentions, blank is 0), 优先级 (priority). Headers are matched by their Chinese or English names; other columns are ignored. Enum cells take the Chinese label or the code; dates 2026-03-15, 2026/3/15, 2026年3月15日 or a workbook date cell. Rows with the same community, survey title and date form one survey and must agree on its method and respondents. Blank rows, and rows whose first cell starts with `#` (notes), are skipped. At most 10,000 data rows. Staff import surveys run by their own organization, an incubator surveys run by itself, admins and reviewers surveys with no organization named. With `dry_run=true` the answer (200) is a preview: every row's errors, the counts and the surveys the file would create; nothing is stored. Otherwise every survey is stored in one transaction, audited as one `import` entry on `demand_surveys` (201), or, when any row has an error, nothing is stored and the answer is 422 with the same errors in `row_errors`. A file that cannot be read as rows (bad encoding, a missing required column, more than 10,000 rows, no data) answers 422 in both modes, naming the problem in `errors` (field `file`).
         */
        post: operations["importSurveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the survey import template
         * @description Roles: admin, reviewer, org_staff, incubator (the callers of POST /surveys); a funder gets 403. The layout POST /surveys/import reads, with the Chinese headers, one example row and the allowed values in Chinese. As .xlsx (the default): a second sheet 可选值 lists the allowed values and the enum columns offer them as drop-down lists. As CSV: UTF-8 with a byte order mark, the allowed values in note rows starting with `#`, which the import skips. The file is named 需求调研导入模板.xlsx or .csv (Content-Disposition with an RFC 5987 `filename*`).
         */
        get: operations["surveyImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expenditures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The portfolio ledger: expenditures across projects
         * @description Roles: admin, reviewer, incubator, org_staff, funder. Admins and reviewers see every project; a funder's users the projects of their funder; org_staff the projects of their own organization; an incubator those of its own organization and of the organizations it incubates or incubated. The expenditures of every project the caller may see that matches the project list's filters, newest first: the ledger a funder hands its auditors.
         */
        get: operations["listPortfolioLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's home
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. The figures the caller's role starts the day with, in one answer, scoped exactly as the lists and reports behind them are for the caller: a reviewer's or admin's review queue and stuck organizations (their figures come from `GET /home/figures`); an incubator's hosted organizations and requests; an organization's stage, readiness, projects and next tranche; a funder's own portfolio and contractors facing a funding cliff. A security auditor's home has no section: their work is the audit trail.
         */
        get: operations["getHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures of the bureau's home
         * @description Roles: admin, reviewer. The province-wide figures beside the bureau home's lists: incubation outcomes for the last 8 calendar quarters and the evidence the bureau cites (communities whose needs no project answers, funding cliffs, high turnover, and the ledger's flags on live projects). The same for every admin (and every reviewer); it takes the reports behind it, so the page asks for it after `GET /home`.
         */
        get: operations["getHomeFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up two-step verification
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. Stores a new pending secret (replacing one pending before) and answers it with its otpauth URI and QR code; the secret counts only once `POST /auth/totp/confirm` took a code. Only from a signed-in session (an API token is refused, 403). When two-step verification is already on, 409: turn it off first. Audited as `totp_enrol`.
         */
        post: operations["enrolTOTP"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-step verification on
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. A current code of the pending secret turns it on and answers ten recovery codes, once. A wrong code answers 422 on `code` (`totp_wrong`); no pending secret answers 422 `urn:hatchery:problem:totp_not_enrolled`. Only from a signed-in session. Audited as `totp_confirm`.
         */
        post: operations["confirmTOTP"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Turn two-step verification off
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor. Needs the current password (a wrong one answers 422 on `password`, code `password_wrong`, and counts against the sign-in throttle, 429 when spent). A user whose role needs two-step verification cannot (422 `urn:hatchery:problem:second_factor_required`); an admin can reset it. Only from a signed-in session. Audited as `totp_disable`.
         */
        delete: operations["disableTOTP"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/totp": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Reset a user's two-step verification
         * @description Roles: admin. Turns the user's two-step verification off and forgets its secret and recovery codes (a lost phone); if their role needs it, they set it up again at their next request. Audited as `totp_reset`. Not one's own (422 `self_lockout`): that is turned off with one's password, `DELETE /auth/totp`.
         */
        delete: operations["resetUserTOTP"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which roles need two-step verification
         * @description Roles: admin, reviewer, incubator, org_staff, funder, security_auditor.
         */
        get: operations["getSecondFactorSettings"];
        /**
         * Change which roles need two-step verification
         * @description Roles: admin. A version that is no longer current answers 409. Users of a role added who have no second factor may only enrol until they do. Audited as `update` of setting `second_factor`.
         */
        put: operations["setSecondFactorSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem details answer. */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI reference naming the kind of problem, e.g. `urn:hatchery:problem:validation`.
             */
            type: string;
            /** @description A short summary of the kind of problem. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong with this request, for people. */
            detail: string;
            /** @description The fields at fault; empty when no field is to blame. */
            errors: components["schemas"]["FieldError"][];
            /** @description The request's id (also in the X-Request-ID header), to find it in the logs and the audit trail. The server makes it, or takes it from a trusted proxy's X-Request-ID. */
            request_id?: string;
            /** @description Only when a lifecycle move is refused (`urn:hatchery:problem:transition-not-allowed`): the stages the organization may move to instead. */
            allowed_targets?: components["schemas"]["Stage"][];
            /** @description Only when a graduation is refused (`urn:hatchery:problem:not-ready`): the readiness criteria not met. */
            unmet?: string[];
            /** @description Only when a project move is refused (`urn:hatchery:problem:project-move-not-allowed`): the statuses the project may move to instead. */
            allowed_moves?: components["schemas"]["ProjectStatus"][];
            /**
             * Format: int64
             * @description Only when a disbursement is refused (`urn:hatchery:problem:disbursement-over-budget`): what may still be paid on the project, in fen.
             */
            remaining_fen?: number;
            /** @description Only when a survey import is refused: the errors by row and column (`urn:hatchery:problem:import_rows_invalid`, or the missing columns of `urn:hatchery:problem:import_missing_column`). */
            row_errors?: components["schemas"]["ImportRowError"][];
            /** @description Only when a survey import is refused for its rows: the file's counts. */
            counts?: components["schemas"]["ImportCounts"];
            /** @description Only when a survey import holds too many rows (`urn:hatchery:problem:import_too_many_rows`): the most data rows a file may hold. */
            limit?: number;
        };
        FieldError: {
            /** @description The field or query parameter at fault, by its JSON name, nested as in `lines[0].amount_fen`; `(body)` for the body as a whole. */
            field: string;
            /** @description A stable code for the rule broken, e.g. `required`, `max`, `oneof`, `unique`, `stale_version`, `unknown_field`, `type`. */
            code: string;
            /** @description What is wrong, for people. */
            message: string;
        };
        /**
         * @description What a user may do. A security_auditor reads the audit trail (and its exports) and nothing else that is personal.
         * @enum {string}
         */
        Role: "admin" | "reviewer" | "incubator" | "org_staff" | "funder" | "security_auditor";
        /**
         * @description Where an organization is in its lifecycle.
         * @enum {string}
         */
        Stage: "applicant" | "registered" | "incubating" | "independent" | "dormant" | "dissolved";
        /**
         * @description The kind of neighbourhood.
         * @enum {string}
         */
        CommunityType: "commodity_housing" | "shantytown_renovation" | "village_to_residence" | "urban_village" | "old_neighborhood" | "other";
        /**
         * @description The kind of funder.
         * @enum {string}
         */
        FunderKind: "government" | "street_office" | "foundation" | "enterprise" | "other";
        /** @description A residents' community (社区) within a street of a district. */
        Community: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            name: string;
            /** @description The street (街道) the community belongs to. */
            street: string;
            /** @description The district (区). */
            district: string;
            type: components["schemas"]["CommunityType"];
            /** Format: int64 */
            households: number;
            /** Format: int64 */
            population: number;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
        };
        /** @description A body that pays for government-purchased service projects. */
        Funder: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            name: string;
            kind: components["schemas"]["FunderKind"];
            /** @description The paying department; may be empty. */
            department: string;
            /** @description The unified social credit code, when known. */
            credit_code: string | null;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
        };
        /** @description A person who signs in. The password hash is never answered. */
        User: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            username: string;
            display_name: string;
            role: components["schemas"]["Role"];
            /** @description The organization an incubator or org_staff user is bound to. */
            organization_id: string | null;
            /** @description The funder a funder user is bound to. */
            funder_id: string | null;
            /**
             * Format: date-time
             * @description When the password was last set, by its user or an admin (UTC); the password policy's maximum age counts from it.
             */
            password_changed_at: string;
            /** @description A disabled user cannot sign in. */
            disabled: boolean;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
            /** @description The user signs in with a code from an authenticator app too (two-step verification). */
            totp_enabled: boolean;
        };
        /** @description A user as the user list shows it: with the names of the organization and funder it is bound to. */
        UserListItem: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            username: string;
            display_name: string;
            role: components["schemas"]["Role"];
            /** @description The organization an incubator or org_staff user is bound to. */
            organization_id: string | null;
            /** @description The funder a funder user is bound to. */
            funder_id: string | null;
            /**
             * Format: date-time
             * @description When the password was last set, by its user or an admin (UTC); the password policy's maximum age counts from it.
             */
            password_changed_at: string;
            /** @description A disabled user cannot sign in. */
            disabled: boolean;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
            /** @description The name of the organization the user is bound to; null when none. */
            organization_name: string | null;
            /** @description The name of the funder the user is bound to; null when none. */
            funder_name: string | null;
            /** @description The user signs in with a code from an authenticator app too (two-step verification). */
            totp_enabled: boolean;
        };
        /** @description An API token of the caller, without its secret. */
        APIToken: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            name: string;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description When the token stops working; null if it never expires.
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @description Roughly when the token was last used (written at most once a minute); null if never.
             */
            last_used_at: string | null;
            /**
             * Format: date-time
             * @description When the token was revoked; null while it is live.
             */
            revoked_at: string | null;
        };
        /** @description A newly made API token together with its secret. */
        NewAPIToken: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            name: string;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description When the token stops working; null if it never expires.
             */
            expires_at: string | null;
            /** Format: date-time */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
            /** @description The secret, shown this once; send it as `Authorization: Bearer <token>`. */
            token: string;
        };
        /** @description One link of the hash-chained audit trail. */
        AuditEntry: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            /**
             * Format: int64
             * @description Position in the hash chain, from 1.
             */
            seq: number;
            /** Format: date-time */
            at: string;
            /** @description The acting user; null for the system (command line, seeding) and anonymous callers. */
            actor_id: string | null;
            /** @description The acting user's name, `system:<what>` for the command line, or the name tried at a failed sign-in. */
            actor_username: string;
            action: components["schemas"]["AuditAction"];
            entity: components["schemas"]["AuditEntity"];
            /** @description The record's id (for `request` entries, the request id). */
            entity_id: string;
            /** @description The record before the change (any JSON value); null when absent. */
            before: ({
                [key: string]: unknown;
            } | null) | unknown[] | string | number | boolean;
            /** @description The record after the change, or the event's details (any JSON value); null when absent. */
            after: ({
                [key: string]: unknown;
            } | null) | unknown[] | string | number | boolean;
            request_id: string;
            client_ip: string;
            /** @description The previous entry's hash; empty for the first entry. */
            prev_hash: string;
            /** @description SHA-256 (hex) over this entry and `prev_hash`. */
            hash: string;
            /** @description The record's name as it is now (an organization's name, a project's code and title); null when it is gone or has none. */
            entity_name: string | null;
            /** @description The fields that differ between before and after, in name order, without id, version and time stamps. */
            changes: components["schemas"]["AuditChange"][];
        };
        /** @description The result of walking the audit hash chain. */
        AuditVerification: {
            /** @description Whether the whole chain is intact. */
            ok: boolean;
            /**
             * Format: int64
             * @description Entries checked before stopping.
             */
            checked: number;
            /** @description The id of the first bad entry; null when the chain is intact or when entries at its end are missing. */
            first_bad: string | null;
            /**
             * Format: int64
             * @description The sequence number of the first bad or missing entry; absent when the chain is intact.
             */
            first_bad_seq?: number;
            /** @description Why the chain is broken; absent when it is intact. */
            reason?: string;
        };
        /** @description One page of communities, newest first. */
        CommunityList: {
            items: components["schemas"]["Community"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of communities matching the filters, across all pages.
             */
            total: number;
        };
        /** @description One page of funders, newest first. */
        FunderList: {
            items: components["schemas"]["Funder"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of funders matching the filters, across all pages.
             */
            total: number;
        };
        /** @description One page of users, newest first. */
        UserList: {
            items: components["schemas"]["UserListItem"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of users matching the filters, across all pages.
             */
            total: number;
        };
        /** @description One page of tokens, newest first. */
        APITokenList: {
            items: components["schemas"]["APIToken"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of tokens matching the filters, across all pages.
             */
            total: number;
        };
        ChangePasswordRequest: {
            /** Format: password */
            current_password: string;
            /**
             * Format: password
             * @description 8 to 128 characters; not blank, one character repeated, a common password, the username or the current password.
             */
            new_password: string;
        };
        /** @description A live session of the caller, without its token. */
        Session: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7); not the session token.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the user signed in.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Roughly when the session was last used (written at most every quarter of the idle limit).
             */
            last_used_at: string;
            /**
             * Format: date-time
             * @description When the session ends if it is not used again, or at the latest.
             */
            expires_at: string;
            /** @description The address it signed in from. */
            client_ip: string;
            /** @description The browser it signed in with (at most 300 bytes). */
            user_agent: string;
            /** @description This is the session making the request. */
            current: boolean;
        };
        /** @description One page of sessions, newest first. */
        SessionList: {
            items: components["schemas"]["Session"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of live sessions, across all pages.
             */
            total: number;
        };
        /** @description One page of audit entries, newest first. */
        AuditEntryList: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of audit entries matching the filters, across all pages.
             */
            total: number;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        Readiness: {
            /** @enum {string} */
            status: "ready";
        };
        LoginRequest: {
            username: string;
            /** Format: password */
            password: string;
            /** @description For users with two-step verification: the current 6-digit code from the authenticator app, or one of the recovery codes (each works once; spaces and hyphens are ignored). */
            totp?: string;
        };
        CreateTokenRequest: {
            /** @description A name to recognise the token by. */
            name: string;
            /** @description Days until the token expires, 1 to 3650; 0 or absent for a token that never expires. */
            expires_in_days?: number;
        };
        CreateUserRequest: {
            /** @description 3 to 64 letters, digits, dots, dashes or underscores; unique. */
            username: string;
            /**
             * Format: password
             * @description 8 to 128 characters, not a well-known password and not the username.
             */
            password: string;
            role: components["schemas"]["Role"];
            display_name: string;
            /** @description Required for incubator (an incubator organization) and org_staff users; must be absent or empty for other roles. */
            organization_id?: string;
            /** @description Required for funder users; must be absent or empty for other roles. */
            funder_id?: string;
        };
        /** @description Fields left out are unchanged. Changing the role, binding or password, or disabling the user, ends their sessions and revokes their API tokens. You cannot disable yourself or change your own role (422). */
        UpdateUserRequest: {
            /**
             * Format: int64
             * @description The version you read. Required here or in the If-Match header (if both are sent they must agree, else 400); a version that is no longer current answers 409.
             */
            version?: number;
            display_name?: string;
            role?: components["schemas"]["Role"];
            /** @description An empty string unbinds the user. */
            organization_id?: string;
            /** @description An empty string unbinds the user. */
            funder_id?: string;
            /** @description Disabling a user ends their sessions and revokes their tokens. */
            disabled?: boolean;
            /**
             * Format: password
             * @description A new password: 8 to 128 characters, not a well-known password and not the username.
             */
            password?: string;
        };
        CreateCommunityRequest: {
            /** @description Unique within its street. */
            name: string;
            street: string;
            district: string;
            type: components["schemas"]["CommunityType"];
            /**
             * Format: int64
             * @default 0
             */
            households?: number;
            /**
             * Format: int64
             * @default 0
             */
            population?: number;
        };
        /** @description Fields left out are unchanged. */
        UpdateCommunityRequest: {
            /**
             * Format: int64
             * @description The version you read. Required here or in the If-Match header (if both are sent they must agree, else 400); a version that is no longer current answers 409.
             */
            version?: number;
            name?: string;
            street?: string;
            district?: string;
            type?: components["schemas"]["CommunityType"];
            /** Format: int64 */
            households?: number;
            /** Format: int64 */
            population?: number;
        };
        CreateFunderRequest: {
            /** @description Unique. */
            name: string;
            kind: components["schemas"]["FunderKind"];
            department?: string;
            /** @description A unified social credit code (18 characters, GB 32100-2015 check character); empty or absent for none. Unique. */
            credit_code?: string;
        };
        /** @description Fields left out are unchanged. */
        UpdateFunderRequest: {
            /**
             * Format: int64
             * @description The version you read. Required here or in the If-Match header (if both are sent they must agree, else 400); a version that is no longer current answers 409.
             */
            version?: number;
            name?: string;
            kind?: components["schemas"]["FunderKind"];
            department?: string;
            /** @description A unified social credit code (18 characters, GB 32100-2015 check character); an empty string clears it. */
            credit_code?: string;
        };
        /**
         * @description How an organization is registered or filed.
         * @enum {string}
         */
        RegistrationType: "social_group" | "social_service_agency" | "foundation" | "community_filed" | "unregistered";
        /**
         * @description What an organization works on.
         * @enum {string}
         */
        OrganizationCategory: "elderly_care" | "child_youth" | "disability" | "community_service" | "culture_sports" | "charity" | "environment" | "education" | "health" | "legal_aid" | "other";
        /**
         * @description The kind of incubation milestone.
         * @enum {string}
         */
        MilestoneType: "intake_assessment" | "registration_support" | "capacity_training" | "venue_support" | "seed_funding" | "governance_established" | "financial_system_established" | "first_project_won" | "independent_office" | "other";
        /**
         * @description Where a stage-transition request stands.
         * @enum {string}
         */
        TransitionStatus: "pending" | "approved" | "rejected" | "withdrawn";
        /**
         * @description The order of the transition list: oldest or newest request first.
         * @enum {string}
         */
        TransitionSort: "oldest" | "newest";
        /**
         * @description An incubator's portfolio: the organizations it hosts now, or those it hosted before and no longer.
         * @enum {string}
         */
        HostedFilter: "current" | "past";
        /** @description A community social organization. `stage`, `stage_since` and `incubator_id` change only through approved transition requests. */
        Organization: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            name: string;
            /** @description The unified social credit code (USCC); null for a community-filed or unregistered organization without one. */
            credit_code: string | null;
            registration_type: components["schemas"]["RegistrationType"];
            category: components["schemas"]["OrganizationCategory"];
            /** @description The home community; null when not recorded. */
            community_id: string | null;
            /** @description Whether the organization incubates others. */
            is_incubator: boolean;
            /** @description The incubator hosting it, set while it is incubating. */
            incubator_id: string | null;
            stage: components["schemas"]["Stage"];
            /**
             * Format: date-time
             * @description When it entered its current stage (UTC).
             */
            stage_since: string;
            /**
             * Format: date
             * @description When it was founded; null when not known.
             */
            founded_on: string | null;
            contact_name: string;
            contact_phone: string;
            description: string;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
        };
        /** @description An organization with the names shown beside it. */
        OrganizationView: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            name: string;
            /** @description The unified social credit code (USCC); null for a community-filed or unregistered organization without one. */
            credit_code: string | null;
            registration_type: components["schemas"]["RegistrationType"];
            category: components["schemas"]["OrganizationCategory"];
            /** @description The home community; null when not recorded. */
            community_id: string | null;
            /** @description Whether the organization incubates others. */
            is_incubator: boolean;
            /** @description The incubator hosting it, set while it is incubating. */
            incubator_id: string | null;
            stage: components["schemas"]["Stage"];
            /**
             * Format: date-time
             * @description When it entered its current stage (UTC).
             */
            stage_since: string;
            /**
             * Format: date
             * @description When it was founded; null when not known.
             */
            founded_on: string | null;
            contact_name: string;
            contact_phone: string;
            description: string;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
            /** @description The home community's name; null without one. */
            community_name: string | null;
            /** @description The home community's district; null without one. */
            district: string | null;
            /** @description The hosting incubator's name; null when not incubating. */
            incubator_name: string | null;
            /** @description The stages a request may ask for now (SPEC 3). Answered for a single organization, absent in lists and when no move is possible (dissolved). */
            allowed_targets?: components["schemas"]["Stage"][];
        };
        /** @description One page of organizations, newest first. */
        OrganizationList: {
            items: components["schemas"]["OrganizationView"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of organizations matching the filters, across all pages.
             */
            total: number;
        };
        /** @description A request to move an organization to another stage, decided by a reviewer or admin other than the requester. */
        TransitionRequest: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            /** @description The organization to move. */
            organization_id: string;
            from_stage: components["schemas"]["Stage"];
            to_stage: components["schemas"]["Stage"];
            /** @description The incubator: the one named when entering incubation, or the one left when leaving it; null otherwise. */
            incubator_id: string | null;
            /** @description Why the move is asked for; may be empty. */
            reason: string;
            status: components["schemas"]["TransitionStatus"];
            /** @description The user who made the request. */
            requested_by: string;
            /** Format: date-time */
            requested_at: string;
            /** @description The reviewer or admin who approved or rejected it; null while pending and after a withdrawal. */
            decided_by: string | null;
            /**
             * Format: date-time
             * @description When it was decided or withdrawn; null while pending.
             */
            decided_at: string | null;
            /** @description The decider's note; may be empty. */
            decision_note: string;
            /** @description Whether an unready graduation was approved anyway. */
            override: boolean;
            /** @description The readiness checklist at decision time, kept for graduations (incubating to independent); null otherwise. */
            readiness: components["schemas"]["GraduationReadiness"] | null;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
        };
        /** @description A transition request with the names and age a review queue shows. */
        TransitionView: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            /** @description The organization to move. */
            organization_id: string;
            from_stage: components["schemas"]["Stage"];
            to_stage: components["schemas"]["Stage"];
            /** @description The incubator: the one named when entering incubation, or the one left when leaving it; null otherwise. */
            incubator_id: string | null;
            /** @description Why the move is asked for; may be empty. */
            reason: string;
            status: components["schemas"]["TransitionStatus"];
            /** @description The user who made the request. */
            requested_by: string;
            /** Format: date-time */
            requested_at: string;
            /** @description The reviewer or admin who approved or rejected it; null while pending and after a withdrawal. */
            decided_by: string | null;
            /**
             * Format: date-time
             * @description When it was decided or withdrawn; null while pending.
             */
            decided_at: string | null;
            /** @description The decider's note; may be empty. */
            decision_note: string;
            /** @description Whether an unready graduation was approved anyway. */
            override: boolean;
            /** @description The readiness checklist at decision time, kept for graduations (incubating to independent); null otherwise. */
            readiness: components["schemas"]["GraduationReadiness"] | null;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
            organization_name: string;
            /** @description The incubator's name; null when the request names none. */
            incubator_name: string | null;
            /** @description The requester's display name. */
            requested_by_name: string;
            /** @description The decider's display name; null while undecided. */
            decided_by_name: string | null;
            /**
             * Format: int64
             * @description Whole days from the request to its decision, or to now while pending.
             */
            age_days: number;
            /** @description Whether the caller may approve or reject it: pending, and the caller a reviewer or admin who did not make the request (the four-eyes rule). */
            can_decide: boolean;
            /**
             * Format: int64
             * @description For a graduation: how many readiness criteria are met, now while pending, at decision time once decided; null for other moves and for graduations withdrawn before a decision.
             */
            criteria_met: number | null;
            /**
             * Format: int64
             * @description For a graduation: how many readiness criteria there are (see criteria_met); null otherwise.
             */
            criteria_total: number | null;
        };
        /** @description One page of transition requests, in the order the sort parameter asks. */
        TransitionList: {
            items: components["schemas"]["TransitionView"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of transition requests matching the filters, across all pages.
             */
            total: number;
        };
        /** @description A step of an organization's incubation. */
        Milestone: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            organization_id: string;
            type: components["schemas"]["MilestoneType"];
            /** Format: date */
            achieved_on: string;
            /**
             * Format: double
             * @description Training hours; null when not a training.
             */
            hours: number | null;
            note: string;
            /** @description Where the evidence is kept (a file number or link); may be empty. */
            evidence_ref: string;
            /** @description The user who logged it. */
            logged_by: string;
            /** @description The name of the user who logged it. */
            logged_by_name: string;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
        };
        /** @description One page of an organization's milestones, newest first, with its total training hours. */
        MilestoneList: {
            items: components["schemas"]["Milestone"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of milestones of the organization, across all pages.
             */
            total: number;
            /**
             * Format: double
             * @description Sum of `hours` over all the organization's milestones.
             */
            training_hours: number;
        };
        /** @description One line of the graduation checklist. */
        Criterion: {
            /** @description `days_incubating`, `milestone:<type>`, `registered`, `active_staff` or `projects`. */
            key: string;
            met: boolean;
            /**
             * Format: int64
             * @description The organization's figure (days, milestones logged, 0/1, staff, projects).
             */
            figure: number;
            /**
             * Format: int64
             * @description The figure required.
             */
            required: number;
            /** @description Why the criterion is met or not, for people. */
            why: string;
        };
        /** @description The criteria an incubating organization must meet to graduate. */
        GraduationCriteria: {
            /**
             * Format: int64
             * @description Least days in incubation.
             */
            min_days_incubating: number;
            /** @description Milestones that must have been logged. */
            required_milestones: components["schemas"]["MilestoneType"][];
            /** @description Whether the organization must have a credit code or be community-filed. */
            require_registered: boolean;
            /**
             * Format: int64
             * @description Least active non-volunteer staff.
             */
            min_active_staff: number;
            /**
             * Format: int64
             * @description Least contracted, active or completed projects as contractor.
             */
            min_projects: number;
        };
        /** @description An organization's graduation readiness, computed on request and never stored by hand (SPEC 3). */
        GraduationReadiness: {
            organization_id: string;
            stage: components["schemas"]["Stage"];
            /** @description Whether every criterion is met. */
            ready: boolean;
            criteria: components["schemas"]["Criterion"][];
            settings: components["schemas"]["GraduationCriteria"];
            /** Format: date-time */
            computed_at: string;
        };
        /** @description The graduation criteria in force. */
        GraduationSettings: {
            /**
             * Format: int64
             * @description Least days in incubation.
             */
            min_days_incubating: number;
            /** @description Milestones that must have been logged. */
            required_milestones: components["schemas"]["MilestoneType"][];
            /** @description Whether the organization must have a credit code or be community-filed. */
            require_registered: boolean;
            /**
             * Format: int64
             * @description Least active non-volunteer staff.
             */
            min_active_staff: number;
            /**
             * Format: int64
             * @description Least contracted, active or completed projects as contractor.
             */
            min_projects: number;
            /**
             * Format: int64
             * @description 0 while the defaults were never changed; send it back to change them.
             */
            version: number;
            /**
             * Format: date-time
             * @description When an admin last changed them; null for the defaults.
             */
            updated_at: string | null;
        };
        /** @description A span an organization spent in one stage. */
        StagePeriod: {
            stage: components["schemas"]["Stage"];
            /** Format: date-time */
            from: string;
            /**
             * Format: date-time
             * @description When the period ended; null for the current stage.
             */
            to: string | null;
            /**
             * Format: int64
             * @description Whole days in the stage (to now for the current one).
             */
            days: number;
            /** @description The approved request that began the period; absent for the first one. */
            via?: string;
        };
        /** @description An organization's stages in order, from the approved requests. */
        StagePeriodList: {
            items: components["schemas"]["StagePeriod"][];
        };
        QuarterOutcome: {
            /** @description E.g. `2025Q3`. */
            quarter: string;
            /** Format: int64 */
            entered: number;
            /** Format: int64 */
            graduated: number;
            /** Format: int64 */
            ended: number;
        };
        IncubationOutcomes: {
            /**
             * Format: date
             * @description First day of the period.
             */
            from: string;
            /**
             * Format: date
             * @description Last day of the period.
             */
            to: string;
            /**
             * Format: int64
             * @description Approved moves into incubation decided in the period.
             */
            entered: number;
            /**
             * Format: int64
             * @description Approved graduations (incubating to independent) decided in the period.
             */
            graduated: number;
            /**
             * Format: int64
             * @description Approved moves out of incubation other than graduation decided in the period.
             */
            ended: number;
            /**
             * Format: double
             * @description Median days from entering incubation to graduating; null without graduations.
             */
            median_days_to_graduate: number | null;
            by_quarter: components["schemas"]["QuarterOutcome"][];
        };
        StuckMember: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            name: string;
            incubator_id: string | null;
            incubator_name: string | null;
            /** Format: date-time */
            stage_since: string;
            /** Format: int64 */
            days: number;
        };
        PendingRequest: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            organization_id: string;
            organization_name: string;
            from_stage: components["schemas"]["Stage"];
            to_stage: components["schemas"]["Stage"];
            /** Format: date-time */
            requested_at: string;
            /** Format: int64 */
            age_days: number;
        };
        /** @description The organization pipeline (SPEC 5.1). */
        PipelineReport: {
            /** @description Organizations in each stage. */
            by_stage: {
                /** Format: int64 */
                applicant: number;
                /** Format: int64 */
                registered: number;
                /** Format: int64 */
                incubating: number;
                /** Format: int64 */
                independent: number;
                /** Format: int64 */
                dormant: number;
                /** Format: int64 */
                dissolved: number;
            };
            incubation: components["schemas"]["IncubationOutcomes"];
            stuck: {
                /**
                 * Format: int64
                 * @description Incubating longer than this counts as stuck (540).
                 */
                threshold_days: number;
                /** Format: int64 */
                count: number;
                /** @description The longest-stuck first, at most 100. */
                items: components["schemas"]["StuckMember"][];
            };
            pending: {
                /** Format: int64 */
                count: number;
                /** Format: double */
                median_age_days: number | null;
                /** Format: int64 */
                oldest_age_days: number | null;
                /** @description The oldest first, at most 50. */
                items: components["schemas"]["PendingRequest"][];
            };
            survival: {
                /**
                 * Format: int64
                 * @description Organizations that graduated (independent by an approved request).
                 */
                hatched: number;
                /**
                 * Format: int64
                 * @description Of those, the ones with a contracted, active or completed project or an active staff member in the last 12 months.
                 */
                alive: number;
                /**
                 * Format: double
                 * @description alive / hatched; null when none hatched.
                 */
                share: number | null;
            };
        };
        /** @description A new organization starts as `applicant`; its stage changes only through transition requests. */
        CreateOrganizationRequest: {
            name: string;
            /** @description A unified social credit code (18 characters, GB 32100-2015 check character); required unless `registration_type` is `community_filed` or `unregistered`. Unique. */
            credit_code?: string;
            registration_type: components["schemas"]["RegistrationType"];
            category: components["schemas"]["OrganizationCategory"];
            /** @description The home community; empty or absent for none. */
            community_id?: string;
            /** @description Whether it incubates others. */
            is_incubator?: boolean;
            /** @description YYYY-MM-DD; empty or absent when not known. */
            founded_on?: string;
            contact_name?: string;
            /** @description A mainland mobile (13903110000) or a landline with area code and optional extension (0311-86012345-801); empty or absent for none. */
            contact_phone?: string;
            description?: string;
        };
        /** @description Fields left out are unchanged. `stage`, `stage_since` and `incubator_id` are not accepted (400): they change through transition requests. */
        UpdateOrganizationRequest: {
            /**
             * Format: int64
             * @description The version you read. Required here or in the If-Match header (if both are sent they must agree, else 400); a version that is no longer current answers 409.
             */
            version?: number;
            name?: string;
            /** @description A unified social credit code; an empty string clears it (refused when the registration type needs one). */
            credit_code?: string;
            registration_type?: components["schemas"]["RegistrationType"];
            category?: components["schemas"]["OrganizationCategory"];
            /** @description An empty string clears it. */
            community_id?: string;
            /** @description Admins only (403 for others). Cannot be turned off while it hosts organizations (422). */
            is_incubator?: boolean;
            /** @description YYYY-MM-DD; an empty string clears it. */
            founded_on?: string;
            contact_name?: string;
            /** @description A mainland mobile or a landline with area code; an empty string clears it. */
            contact_phone?: string;
            description?: string;
        };
        RequestTransitionRequest: {
            to_stage: components["schemas"]["Stage"];
            reason?: string;
            /** @description The incubator (an operating organization marked `is_incubator`) that will host the organization: required when `to_stage` is `incubating`, and must be absent or empty otherwise. */
            incubator_id?: string;
        };
        /** @description Send `{}` for a plain approval. */
        ApproveTransitionRequest: {
            /** @description Required with `override`. */
            note?: string;
            /** @description Graduate an organization that does not meet every readiness criterion; needs a note. */
            override?: boolean;
        };
        RejectTransitionRequest: {
            /** @description Why the request is rejected. */
            note: string;
        };
        LogMilestoneRequest: {
            type: components["schemas"]["MilestoneType"];
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             */
            achieved_on: string;
            /**
             * Format: double
             * @description Training hours, 0 to 2000.
             */
            hours?: number;
            note?: string;
            evidence_ref?: string;
        };
        /** @description Replaces every criterion at once. */
        GraduationSettingsRequest: {
            /**
             * Format: int64
             * @description The version you read (0 while the defaults were never changed); a version that is no longer current answers 409.
             */
            version: number;
            /**
             * Format: int64
             * @description Least days in incubation.
             */
            min_days_incubating: number;
            /** @description Milestones that must have been logged. */
            required_milestones: components["schemas"]["MilestoneType"][];
            /** @description Whether the organization must have a credit code or be community-filed. */
            require_registered: boolean;
            /**
             * Format: int64
             * @description Least active non-volunteer staff.
             */
            min_active_staff: number;
            /**
             * Format: int64
             * @description Least contracted, active or completed projects as contractor.
             */
            min_projects: number;
        };
        /**
         * @description Where a project stands: draft -> contracted -> active -> completed, and any but completed -> terminated (SPEC 6.1).
         * @enum {string}
         */
        ProjectStatus: "draft" | "contracted" | "active" | "completed" | "terminated";
        /**
         * @description A line of a project budget, and what an expenditure is booked against.
         * @enum {string}
         */
        BudgetCategory: "personnel" | "activities" | "materials" | "venue" | "admin" | "other";
        /**
         * @description The verdict on a completed project.
         * @enum {string}
         */
        EvaluationGrade: "excellent" | "good" | "pass" | "fail";
        /** @description A funder's round (SPEC 2) with what it awarded. */
        FundingCycleView: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            /** @description The funder whose round it is. */
            funder_id: string;
            /** @description Unique per funder. */
            name: string;
            /** Format: int64 */
            year: number;
            /**
             * Format: int64
             * @description The money the round may award, in fen.
             */
            pool_fen: number;
            /**
             * Format: date
             * @description First day proposals are taken.
             */
            opens_on: string;
            /**
             * Format: date
             * @description Last day proposals are taken.
             */
            closes_on: string;
            /**
             * Format: date
             * @description First day of the service period its projects cover.
             */
            period_start: string;
            /**
             * Format: date
             * @description Last day of the service period.
             */
            period_end: string;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
            funder_name: string;
            /**
             * Format: int64
             * @description The budgets of its contracted, active and completed projects, in fen.
             */
            awarded_fen: number;
            /**
             * Format: int64
             * @description Projects of the round, in any status.
             */
            projects: number;
        };
        /** @description One page of funding cycles, newest first. */
        FundingCycleList: {
            items: components["schemas"]["FundingCycleView"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of funding cycles matching the filters, across all pages.
             */
            total: number;
        };
        CreateFundingCycleRequest: {
            /** @description Required of admins; a funder's users open rounds of their own funder, and what they send here is ignored. */
            funder_id?: string;
            /** @description Unique per funder (409). */
            name: string;
            /** Format: int64 */
            year: number;
            /**
             * Format: int64
             * @description In fen; 0 when not fixed.
             */
            pool_fen?: number;
            /** Format: date */
            opens_on: string;
            /**
             * Format: date
             * @description On or after `opens_on`.
             */
            closes_on: string;
            /** Format: date */
            period_start: string;
            /**
             * Format: date
             * @description After `period_start`.
             */
            period_end: string;
        };
        /** @description Fields left out are unchanged. */
        UpdateFundingCycleRequest: {
            /**
             * Format: int64
             * @description The version you read. Required here or in the If-Match header (if both are sent they must agree, else 400); a version that is no longer current answers 409.
             */
            version?: number;
            name?: string;
            /** Format: int64 */
            year?: number;
            /**
             * Format: int64
             * @description In fen.
             */
            pool_fen?: number;
            /** Format: date */
            opens_on?: string;
            /** Format: date */
            closes_on?: string;
            /** Format: date */
            period_start?: string;
            /** Format: date */
            period_end?: string;
        };
        /** @description The planned spend of one budget category. */
        BudgetLine: {
            category: components["schemas"]["BudgetCategory"];
            /**
             * Format: int64
             * @description Planned spend of the category, in fen.
             */
            amount_fen: number;
        };
        /** @description A planned disbursement. */
        Tranche: {
            /**
             * Format: int64
             * @description Its number within the project.
             */
            seq: number;
            /** Format: date */
            due_on: string;
            /**
             * Format: int64
             * @description In fen.
             */
            amount_fen: number;
            /** @description What must be met before it is paid; may be empty. */
            condition: string;
        };
        /** @description A promised output and what was delivered. */
        Indicator: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            name: string;
            unit: string;
            /**
             * Format: double
             * @description What was promised.
             */
            target: number;
            /**
             * Format: double
             * @description What was delivered; null until the contractor records it.
             */
            actual: number | null;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
        };
        /** @description The verdict on a completed project. */
        Evaluation: {
            grade: components["schemas"]["EvaluationGrade"];
            /** Format: int64 */
            score: number;
            /** Format: date */
            evaluated_on: string;
            /** @description The user who evaluated it. */
            evaluator_id: string;
            note: string;
            /**
             * Format: double
             * @description The residents' satisfaction, from 0 to 1; null when not surveyed.
             */
            satisfaction_share: number | null;
        };
        /** @description A government-purchased service project (SPEC 2) with its names, ledger totals and the moves its status allows; a single project answers its service area, money plan and indicators too. */
        ProjectView: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            /** @description The contract number; unique. */
            code: string;
            title: string;
            /** @description The contractor. */
            organization_id: string;
            funder_id: string;
            /** @description The round it was awarded in; null for none. */
            funding_cycle_id: string | null;
            category: components["schemas"]["OrganizationCategory"];
            /**
             * Format: int64
             * @description In fen.
             */
            budget_fen: number;
            /** Format: date */
            start_on: string;
            /** Format: date */
            end_on: string;
            status: components["schemas"]["ProjectStatus"];
            /**
             * Format: date-time
             * @description When it entered its current status (UTC).
             */
            status_since: string;
            description: string;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
            /** @description The contractor's name. */
            organization_name: string;
            funder_name: string;
            /**
             * Format: int64
             * @description Net of reversals, in fen.
             */
            disbursed_fen: number;
            /**
             * Format: int64
             * @description Net of reversals, in fen.
             */
            spent_fen: number;
            /** @description The communities served; null in lists, where the plan is not loaded. */
            community_ids: string[] | null;
            /** @description In the order of BudgetCategory; null in lists. */
            budget_lines: components["schemas"]["BudgetLine"][] | null;
            /** @description By `seq`; null in lists. */
            tranches: components["schemas"]["Tranche"][] | null;
            /** @description Null in lists. */
            indicators: components["schemas"]["Indicator"][] | null;
            /** @description Null until the completed project is evaluated. */
            evaluation: components["schemas"]["Evaluation"] | null;
            /** @description The statuses the project may move to now (SPEC 6.1); empty when completed or terminated. */
            allowed_moves: components["schemas"]["ProjectStatus"][];
        };
        /** @description One page of projects, newest first. */
        ProjectList: {
            items: components["schemas"]["ProjectView"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of projects matching the filters, across all pages.
             */
            total: number;
        };
        /** @description One line per category. */
        BudgetLineRequest: {
            category: components["schemas"]["BudgetCategory"];
            /**
             * Format: int64
             * @description In fen; 0 when absent.
             */
            amount_fen?: number;
        };
        TrancheRequest: {
            /**
             * Format: int64
             * @description Unique within the project.
             */
            seq: number;
            /** Format: date */
            due_on: string;
            /**
             * Format: int64
             * @description In fen.
             */
            amount_fen: number;
            condition?: string;
        };
        IndicatorRequest: {
            /** @description Unique within the project. */
            name: string;
            unit?: string;
            /** Format: double */
            target?: number;
        };
        /** @description A new project is a draft, with its service area, budget lines, tranches and indicators inline. */
        CreateProjectRequest: {
            /** @description The contract number; unique (409). */
            code: string;
            title: string;
            /** @description The contractor: registered, incubating or independent. */
            organization_id: string;
            /** @description Required of admins; a funder's users create projects of their own funder, and what they send here is ignored. */
            funder_id?: string;
            /** @description A round of the same funder; empty or absent for none. */
            funding_cycle_id?: string;
            category: components["schemas"]["OrganizationCategory"];
            /**
             * Format: int64
             * @description In fen.
             */
            budget_fen: number;
            /** Format: date */
            start_on: string;
            /**
             * Format: date
             * @description After `start_on`.
             */
            end_on: string;
            description?: string;
            /** @description The communities served, at least one, each once. */
            community_ids: string[];
            /** @description To be contracted they sum to `budget_fen`. */
            budget_lines?: components["schemas"]["BudgetLineRequest"][];
            /** @description To be contracted they sum to at most `budget_fen`. */
            tranches?: components["schemas"]["TrancheRequest"][];
            indicators?: components["schemas"]["IndicatorRequest"][];
        };
        /** @description Only a draft changes (422 `urn:hatchery:problem:project-not-draft` after that). Fields and lists left out are unchanged; a list sent replaces the one stored. `funder_id` is not accepted (400). */
        UpdateProjectRequest: {
            /**
             * Format: int64
             * @description The version you read. Required here or in the If-Match header (if both are sent they must agree, else 400); a version that is no longer current answers 409.
             */
            version?: number;
            code?: string;
            title?: string;
            organization_id?: string;
            /** @description An empty string clears it. */
            funding_cycle_id?: string;
            category?: components["schemas"]["OrganizationCategory"];
            /**
             * Format: int64
             * @description In fen.
             */
            budget_fen?: number;
            /** Format: date */
            start_on?: string;
            /** Format: date */
            end_on?: string;
            description?: string;
            /** @description The communities served, at least one, each once. Replaces the service area. */
            community_ids?: string[];
            /** @description Replaces the lines. To be contracted they sum to `budget_fen`. */
            budget_lines?: components["schemas"]["BudgetLineRequest"][];
            /** @description Replaces the tranches. To be contracted they sum to at most `budget_fen`. */
            tranches?: components["schemas"]["TrancheRequest"][];
            /** @description Replaces the indicators and what was recorded against them. */
            indicators?: components["schemas"]["IndicatorRequest"][];
        };
        MoveProjectRequest: {
            to: components["schemas"]["ProjectStatus"];
        };
        /** @description Records the evaluation, or replaces an earlier one. */
        EvaluateProjectRequest: {
            grade: components["schemas"]["EvaluationGrade"];
            /** Format: int64 */
            score: number;
            /** @description YYYY-MM-DD; empty or absent for today. */
            evaluated_on?: string;
            note?: string;
            /**
             * Format: double
             * @description The residents' satisfaction, from 0 to 1.
             */
            satisfaction_share?: number | null;
        };
        UpdateIndicatorRequest: {
            /**
             * Format: int64
             * @description The indicator's version you read. Required here or in the If-Match header (if both are sent they must agree, else 400); a version that is no longer current answers 409.
             */
            version?: number;
            /**
             * Format: double
             * @description What was delivered.
             */
            actual: number;
        };
        RecordDisbursementRequest: {
            /**
             * Format: int64
             * @description The tranche paid, if any; one the project has.
             */
            tranche_seq?: number | null;
            /** Format: date */
            paid_on: string;
            /**
             * Format: int64
             * @description In fen: a JSON integer from 1 to 10^12, written without a fraction or an exponent (1.5, 1e3 and "100" answer 400).
             */
            amount_fen: number;
            /** @description A bank or treasury reference. */
            reference?: string;
        };
        RecordExpenditureRequest: {
            budget_category: components["schemas"]["BudgetCategory"];
            /**
             * Format: int64
             * @description In fen: a JSON integer from 1 to 10^12, written without a fraction or an exponent (1.5, 1e3 and "100" answer 400).
             */
            amount_fen: number;
            /**
             * Format: date
             * @description Spending outside the project period is taken; the spend audit flags it.
             */
            spent_on: string;
            payee?: string;
            voucher_no?: string;
            description?: string;
        };
        ReverseRequest: {
            /** @description Why the entry is corrected. */
            reason: string;
        };
        /** @description Money the funder paid the contractor (SPEC 2). Entries are never changed or deleted: a mistake is corrected by a reversal, an entry with the negated amount, `reverses_id` and a reason. */
        Disbursement: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            project_id: string;
            /**
             * Format: int64
             * @description The tranche paid; null for none.
             */
            tranche_seq: number | null;
            /** Format: date */
            paid_on: string;
            /**
             * Format: int64
             * @description In fen; negative for a reversal.
             */
            amount_fen: number;
            reference: string;
            /** @description The user who recorded it. */
            recorded_by: string;
            /** @description The entry this one reverses; null for a payment. */
            reverses_id: string | null;
            /** @description Why; empty for a payment. */
            reversal_reason: string;
            /**
             * Format: date-time
             * @description When it was recorded (UTC).
             */
            created_at: string;
            /** @description The reversal of this entry; null while it stands (and in the answer that records it). */
            reversed_by: string | null;
        };
        /** @description Money the contractor spent on the project (SPEC 2). Entries are never changed or deleted: a mistake is corrected by a reversal, an entry with the negated amount, `reverses_id` and a reason. */
        Expenditure: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            project_id: string;
            budget_category: components["schemas"]["BudgetCategory"];
            /**
             * Format: int64
             * @description In fen; negative for a reversal.
             */
            amount_fen: number;
            /** Format: date */
            spent_on: string;
            payee: string;
            voucher_no: string;
            description: string;
            /** @description The user who recorded it. */
            recorded_by: string;
            /** @description The entry this one reverses; null for a spend. */
            reverses_id: string | null;
            /** @description Why; empty for a spend. */
            reversal_reason: string;
            /**
             * Format: date-time
             * @description When it was recorded (UTC).
             */
            created_at: string;
            /** @description The reversal of this entry; null while it stands (and in the answer that records it). */
            reversed_by: string | null;
        };
        /** @description One page of a project's disbursements, reversals included, newest first. */
        DisbursementList: {
            items: components["schemas"]["Disbursement"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of disbursements matching the filters, across all pages.
             */
            total: number;
        };
        /** @description One page of a project's expenditures, reversals included, newest first. */
        ExpenditureList: {
            items: components["schemas"]["Expenditure"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of expenditures matching the filters, across all pages.
             */
            total: number;
        };
        /** @description One budget category: its line, net spend and what remains. */
        AuditLine: {
            category: components["schemas"]["BudgetCategory"];
            /**
             * Format: int64
             * @description The line, in fen; 0 when spending has no line.
             */
            budget_fen: number;
            /**
             * Format: int64
             * @description Net spend booked against it, in fen.
             */
            spent_fen: number;
            /**
             * Format: int64
             * @description Budget less spend, in fen; negative when overspent.
             */
            remaining_fen: number;
            /**
             * Format: double
             * @description spent / budget; null without a line.
             */
            spent_share: number | null;
        };
        /** @description A finding of the spend audit with its evidence. */
        AuditFlag: {
            /** @description One of `LINE_OVERSPENT`, `ADMIN_OVER_CAP`, `SPEND_OUTSIDE_PERIOD`, `SPEND_EXCEEDS_DISBURSED`, `DUPLICATE_VOUCHER`, `MISSING_VOUCHER`, `UNDERSPEND`, `TRANCHE_OVERDUE` (SPEC 5.3). */
            code: string;
            project_id: string;
            /** @description The evidence, for people. */
            detail: string;
            /** @description The entries that raised it; may be empty (UNDERSPEND). */
            entry_ids: string[];
        };
        /** @description The spend audit of one project (SPEC 5.3). Reversed entries and their reversals cancel out. */
        SpendAudit: {
            project_id: string;
            code: string;
            title: string;
            status: components["schemas"]["ProjectStatus"];
            /**
             * Format: int64
             * @description In fen.
             */
            budget_fen: number;
            /**
             * Format: int64
             * @description Net spend: the entries that stand, in fen.
             */
            spent_fen: number;
            /**
             * Format: int64
             * @description Net of reversals, in fen.
             */
            disbursed_fen: number;
            /**
             * Format: double
             * @description The share of the project period gone by today.
             */
            time_elapsed_share: number;
            /**
             * Format: double
             * @description spent / budget.
             */
            spent_share: number;
            /** @description Per budget category with a line or with spending, in the order of BudgetCategory. */
            lines: components["schemas"]["AuditLine"][];
            flags: components["schemas"]["AuditFlag"][];
        };
        BenfordDigit: {
            /** Format: int64 */
            digit: number;
            /** Format: int64 */
            count: number;
            /** Format: double */
            observed: number;
            /**
             * Format: double
             * @description log10(1 + 1/digit).
             */
            expected: number;
        };
        /** @description The first-digit (Benford) test of a portfolio's standing expenditures. */
        Benford: {
            /**
             * Format: int64
             * @description Amounts tested.
             */
            n: number;
            digits: components["schemas"]["BenfordDigit"][];
            /** Format: double */
            chi_square: number;
            /**
             * Format: double
             * @description Mean absolute deviation of the observed shares from the expected.
             */
            mad: number;
            /**
             * Format: double
             * @description At 8 degrees of freedom and 5%.
             */
            chi_square_critical: number;
            /** @description Nigrini's reading of the MAD: `close`, `acceptable`, `marginal` or `nonconformity`. */
            conformity: string;
            /** @description The reading, for people. */
            conclusion: string;
            /** @description Nigrini's first-digit MAD bounds and the chi-square critical value used. */
            thresholds: {
                /** Format: double */
                close: number;
                /** Format: double */
                acceptable: number;
                /** Format: double */
                marginal: number;
                /** Format: double */
                chi_square_05: number;
            };
        };
        /** @description The spend audit across a funder's portfolio (SPEC 5.3). */
        PortfolioAudit: {
            funder_id: string;
            /** Format: int64 */
            projects: number;
            /**
             * Format: int64
             * @description In fen.
             */
            budget_fen: number;
            /**
             * Format: int64
             * @description In fen.
             */
            disbursed_fen: number;
            /**
             * Format: int64
             * @description In fen.
             */
            spent_fen: number;
            /** @description Projects in each status. */
            by_status: {
                /** Format: int64 */
                draft: number;
                /** Format: int64 */
                contracted: number;
                /** Format: int64 */
                active: number;
                /** Format: int64 */
                completed: number;
                /** Format: int64 */
                terminated: number;
            };
            /** @description Projects raising each flag (a flag raised twice on one project counts twice). */
            flags_by_code: {
                /** Format: int64 */
                LINE_OVERSPENT: number;
                /** Format: int64 */
                ADMIN_OVER_CAP: number;
                /** Format: int64 */
                SPEND_OUTSIDE_PERIOD: number;
                /** Format: int64 */
                SPEND_EXCEEDS_DISBURSED: number;
                /** Format: int64 */
                DUPLICATE_VOUCHER: number;
                /** Format: int64 */
                MISSING_VOUCHER: number;
                /** Format: int64 */
                UNDERSPEND: number;
                /** Format: int64 */
                TRANCHE_OVERDUE: number;
            };
            /** @description Every project's audit, those with flags first. */
            audits: components["schemas"]["SpendAudit"][];
            /** @description How many audits `flag` keeps, before `limit` and `offset` page them. */
            audits_total: number;
            /**
             * Format: int64
             * @description Standing expenditures of the portfolio.
             */
            expenditures: number;
            /** @description The first-digit test, for 300 standing expenditures or more; null below. */
            benford: components["schemas"]["Benford"] | null;
        };
        /** @description What one funder awarded an organization. */
        FunderShare: {
            funder_id: string;
            funder_name: string;
            /**
             * Format: int64
             * @description In fen.
             */
            awarded_fen: number;
            /** Format: double */
            share: number;
        };
        /** @description One awarded project's period. */
        FundingPeriod: {
            /** @description Empty for another funder's project when a funder's user asks. */
            project_id: string;
            /** @description Empty for another funder's project when a funder's user asks. */
            code: string;
            /** @description Empty for another funder's project when a funder's user asks. */
            funder_id: string;
            /** Format: date */
            start_on: string;
            /** Format: date */
            end_on: string;
            status: components["schemas"]["ProjectStatus"];
            /**
             * Format: int64
             * @description In fen.
             */
            budget_fen: number;
            /** @description Empty for another funder's project when a funder's user asks. */
            funder_name: string;
        };
        /** @description Funding continuity of one organization (SPEC 5.2). */
        FundingContinuity: {
            organization_id: string;
            organization_name: string;
            /**
             * Format: int64
             * @description Awarded (contracted, active or completed) projects.
             */
            projects: number;
            /**
             * Format: int64
             * @description Their budgets, in fen.
             */
            awarded_fen: number;
            /** @description By amount awarded, largest first; a funder's users see their own funder only. */
            funders: components["schemas"]["FunderShare"][];
            /**
             * Format: double
             * @description Null when nothing was awarded.
             */
            largest_funder_share: number | null;
            /**
             * Format: double
             * @description The Herfindahl index across funders; null when nothing was awarded.
             */
            hhi: number | null;
            /** @description Days without funding between consecutive project periods. */
            gaps_days: number[];
            /** @description The awarded projects by start; empty in the portfolio report. */
            periods: components["schemas"]["FundingPeriod"][];
            /**
             * Format: date
             * @description The end of the latest current funding; null when nothing runs today or later.
             */
            funded_until: string | null;
            /** @description Whether nothing is contracted beyond 90 days from today. */
            funding_cliff: boolean;
        };
        /** @description A funding cycle's pool against what it awarded. */
        CycleAward: {
            funding_cycle_id: string;
            name: string;
            funder_id: string;
            /** Format: int64 */
            year: number;
            /**
             * Format: int64
             * @description In fen.
             */
            pool_fen: number;
            /**
             * Format: int64
             * @description In fen.
             */
            awarded_fen: number;
            /**
             * Format: double
             * @description awarded / pool; null for a round without a pool.
             */
            awarded_share: number | null;
        };
        /** @description Funding continuity across a portfolio (SPEC 5.2). */
        FundingReport: {
            /** @description Every organization in the caller's scope with awarded projects. */
            organizations: components["schemas"]["FundingContinuity"][];
            /** Format: int64 */
            organization_count: number;
            /**
             * Format: int64
             * @description Organizations facing a funding cliff.
             */
            cliff_count: number;
            /**
             * Format: int64
             * @description Organizations funded by one funder only.
             */
            single_funder_count: number;
            /** @description Newest year first. */
            cycles: components["schemas"]["CycleAward"][];
        };
        /**
         * @description How a staff member works for an organization.
         * @enum {string}
         */
        EmploymentType: "full_time" | "part_time" | "volunteer" | "seconded";
        /**
         * @description The national social work qualification (助理社会工作师, 社会工作师, 高级社会工作师), lowest first.
         * @enum {string}
         */
        Qualification: "none" | "assistant_social_worker" | "social_worker" | "senior_social_worker";
        /**
         * @description The highest education completed, from secondary school to a doctorate.
         * @enum {string}
         */
        Education: "secondary" | "associate" | "bachelor" | "master" | "doctorate";
        /**
         * @description Why a staff member left.
         * @enum {string}
         */
        LeaveReason: "compensation" | "career_change" | "relocation" | "contract_end" | "burnout" | "other";
        /**
         * @description How the turnover report groups staff.
         * @enum {string}
         */
        TurnoverGrouping: "organization" | "incubator" | "district" | "employment_type";
        /**
         * @description The order of the demand coverage report's communities: a column, or with a leading `-` that column descending.
         * @enum {string}
         */
        CoverageSort: "community_name" | "-community_name" | "district" | "-district" | "surveys" | "-surveys" | "latest_survey_on" | "-latest_survey_on" | "needs" | "-needs" | "needs_covered" | "-needs_covered" | "coverage" | "-coverage" | "uncovered_high" | "-uncovered_high" | "projects" | "-projects" | "projects_linked_share" | "-projects_linked_share";
        /**
         * @description Which audits of a portfolio to keep: those raising a flag, or any.
         * @enum {string}
         */
        AuditFlagFilter: "any" | "LINE_OVERSPENT" | "ADMIN_OVER_CAP" | "SPEND_OUTSIDE_PERIOD" | "SPEND_EXCEEDS_DISBURSED" | "DUPLICATE_VOUCHER" | "MISSING_VOUCHER" | "UNDERSPEND" | "TRANCHE_OVERDUE";
        /** @description One period of someone's work for an organization. Records are never deleted; someone who comes back has a new record. */
        StaffMember: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            organization_id: string;
            name: string;
            /** @description In full for the organization's own staff, its current incubator, reviewers and admins; masked for others (`139****0000`); empty when not recorded. */
            phone: string;
            /** @description The job title; may be empty. */
            title: string;
            employment_type: components["schemas"]["EmploymentType"];
            qualification: components["schemas"]["Qualification"];
            education: components["schemas"]["Education"];
            /** Format: date */
            joined_on: string;
            /**
             * Format: date
             * @description The day they left: from this day on they are off the headcount (SPEC 5.4); null while still working there.
             */
            left_on: string | null;
            /** @description Why they left; null while still working there. */
            leave_reason: (string & components["schemas"]["LeaveReason"]) | null;
            /**
             * Format: double
             * @description Continuing-education hours this year.
             */
            training_hours: number;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
        };
        /** @description One page of an organization's roster, newest first. */
        StaffList: {
            items: components["schemas"]["StaffMember"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of records matching the filters, across all pages.
             */
            total: number;
        };
        /** @description Someone working there now, or a past member with `left_on` and `leave_reason`. */
        AddStaffMemberRequest: {
            name: string;
            /** @description A mainland mobile (13903110000) or a landline with area code and optional extension (0311-86012345-801); empty or absent for none. */
            phone?: string;
            title?: string;
            employment_type: components["schemas"]["EmploymentType"];
            /** @description Absent: `none`. */
            qualification?: components["schemas"]["Qualification"];
            education: components["schemas"]["Education"];
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future.
             */
            joined_on: string;
            /**
             * Format: date
             * @description YYYY-MM-DD, not before `joined_on` and not in the future; sent with `leave_reason` or not at all.
             */
            left_on?: string;
            /** @description Sent with `left_on` or not at all. */
            leave_reason?: components["schemas"]["LeaveReason"];
            /**
             * Format: double
             * @description Continuing-education hours this year, 0 to 2000 (absent: 0).
             */
            training_hours?: number;
        };
        /** @description Fields left out are unchanged. `left_on` and `leave_reason` are sent together: both set record a departure, both empty strings clear one; one without the other answers 422 `urn:hatchery:problem:departure-incomplete`. A record cannot move to another organization. */
        UpdateStaffMemberRequest: {
            /**
             * Format: int64
             * @description The version you read. Required here or in the If-Match header (if both are sent they must agree, else 400); a version that is no longer current answers 409.
             */
            version?: number;
            name?: string;
            /** @description A mainland mobile or a landline with area code; an empty string clears it. */
            phone?: string;
            title?: string;
            employment_type?: components["schemas"]["EmploymentType"];
            qualification?: components["schemas"]["Qualification"];
            education?: components["schemas"]["Education"];
            /**
             * Format: date
             * @description YYYY-MM-DD, not in the future and not after `left_on`.
             */
            joined_on?: string;
            /** @description YYYY-MM-DD, not before `joined_on` and not in the future; an empty string clears the departure. */
            left_on?: string;
            /** @description Why they left; an empty string clears the departure. */
            leave_reason?: components["schemas"]["LeaveReason"] | string;
            /**
             * Format: double
             * @description Continuing-education hours this year, 0 to 2000.
             */
            training_hours?: number;
        };
        /** @description One group's turnover figures (SPEC 5.4) and its retention figures at the period's end. */
        TurnoverGroup: {
            /** @description The organization's id, the incubator's id (empty for organizations no incubator hosts), the district (empty when the home community is not recorded) or the employment type; `all` in `total`. */
            key: string;
            /** @description The organization's or incubator's name, the district or the employment type; `all` in `total`. */
            label: string;
            /**
             * Format: int64
             * @description On the headcount on the period's first day.
             */
            headcount_start: number;
            /**
             * Format: int64
             * @description On the headcount on the period's last day.
             */
            headcount_end: number;
            /**
             * Format: int64
             * @description Joined in the period.
             */
            hires: number;
            /**
             * Format: int64
             * @description Left in the period.
             */
            separations: number;
            /**
             * Format: double
             * @description separations / mean of the start and end headcounts; null when that mean is 0.
             */
            turnover_rate: number | null;
            /**
             * Format: double
             * @description Median days from joining to leaving of those who left in the period; null when nobody left.
             */
            median_tenure_days: number | null;
            /**
             * Format: int64
             * @description Qualified social workers (any level) on the headcount at the end.
             */
            social_workers_end: number;
            /** @description Whether `turnover_rate` is over 0.3. */
            high_turnover: boolean;
            /**
             * Format: int64
             * @description Assistant social workers (助理社会工作师) on the headcount at the end.
             */
            assistant_social_workers: number;
            /**
             * Format: int64
             * @description Social workers (社会工作师) on the headcount at the end.
             */
            social_workers: number;
            /**
             * Format: int64
             * @description Senior social workers (高级社会工作师) on the headcount at the end.
             */
            senior_social_workers: number;
            /**
             * Format: int64
             * @description On the headcount at the end, joined less than a year before it.
             */
            tenure_under_1y: number;
            /**
             * Format: int64
             * @description On the headcount at the end, joined one to three years before it.
             */
            tenure_1_to_3y: number;
            /**
             * Format: int64
             * @description On the headcount at the end, joined three to five years before it.
             */
            tenure_3_to_5y: number;
            /**
             * Format: int64
             * @description On the headcount at the end, joined five years or more before it.
             */
            tenure_over_5y: number;
            /**
             * Format: int64
             * @description On the headcount at the end with fewer training hours than the yearly target.
             */
            below_training_target: number;
        };
        /** @description One calendar quarter of the period, over every group. */
        TurnoverTrend: {
            /** @description E.g. `2025Q3`. */
            quarter: string;
            /**
             * Format: int64
             * @description Joined in the quarter (within the period).
             */
            hires: number;
            /**
             * Format: int64
             * @description Left in the quarter (within the period).
             */
            separations: number;
            /**
             * Format: int64
             * @description On the headcount on the quarter's last day.
             */
            headcount_end: number;
            /**
             * Format: double
             * @description separations / mean of the previous quarter's end headcount (the period's start for the first) and this one's; null when that mean is 0.
             */
            turnover_rate: number | null;
        };
        /** @description Staff turnover for a period (SPEC 5.4). */
        TurnoverReport: {
            /**
             * Format: date
             * @description First day of the period.
             */
            from: string;
            /**
             * Format: date
             * @description Last day of the period.
             */
            to: string;
            group_by: components["schemas"]["TurnoverGrouping"];
            /** @description The groups with the highest turnover first (groups whose rate is null last), at most limit of them. */
            groups: components["schemas"]["TurnoverGroup"][];
            /**
             * Format: int64
             * @description How many groups there are in all, listed or not.
             */
            group_count: number;
            total: components["schemas"]["TurnoverGroup"];
            /** @description Departures in the period by reason (the values of LeaveReason). */
            leave_reasons: {
                /** Format: int64 */
                compensation: number;
                /** Format: int64 */
                career_change: number;
                /** Format: int64 */
                relocation: number;
                /** Format: int64 */
                contract_end: number;
                /** Format: int64 */
                burnout: number;
                /** Format: int64 */
                other: number;
            };
            /** @description Each calendar quarter the period touches, oldest first. */
            by_quarter: components["schemas"]["TurnoverTrend"][];
            /**
             * Format: double
             * @description The yearly training target `below_training_target` counts against.
             */
            training_target_hours: number;
        };
        /** @description The yearly training target in force. */
        TrainingSettings: {
            /**
             * Format: double
             * @description Continuing-education hours each staff member should reach in a year, 0 to 2000.
             */
            hours_per_year: number;
            /**
             * Format: int64
             * @description 0 while the default was never changed; send it back to change it.
             */
            version: number;
            /**
             * Format: date-time
             * @description When an admin last changed it; null for the default.
             */
            updated_at: string | null;
        };
        TrainingSettingsRequest: {
            /**
             * Format: int64
             * @description The version you read (0 while the default was never changed); a version that is no longer current answers 409.
             */
            version: number;
            /**
             * Format: double
             * @description Continuing-education hours each staff member should reach in a year, 0 to 2000.
             */
            hours_per_year: number;
        };
        /** @enum {string} */
        SurveyMethod: "questionnaire" | "interview" | "deliberation_meeting" | "grid_visit" | "online";
        /** @enum {string} */
        NeedCategory: "elderly_care" | "child_care" | "disability_support" | "environment" | "culture_sports" | "neighbor_relations" | "participation" | "safety" | "health" | "employment" | "other";
        /** @enum {string} */
        NeedPriority: "high" | "medium" | "low";
        /**
         * @description A spreadsheet the survey import reads: an .xlsx workbook or CSV text.
         * @enum {string}
         */
        ImportFormat: "xlsx" | "csv";
        /**
         * @description An open-data format of the project list: an OCDS 1.1 release package, 360Giving's flat CSV, or a 360Giving JSON package.
         * @enum {string}
         */
        OpenDataFormat: "ocds" | "360giving" | "360giving-json";
        /** @description A project linked to a need. */
        NeedProject: {
            project_id: string;
            code: string;
            title: string;
            status: components["schemas"]["ProjectStatus"];
            note: string;
        };
        /** @description One need a survey found, with the projects linked to it that the caller may see. */
        Need: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            survey_id: string;
            community_id: string;
            category: components["schemas"]["NeedCategory"];
            title: string;
            description: string;
            /**
             * Format: int64
             * @description How many respondents named it; at most the survey's respondents.
             */
            mentions: number;
            priority: components["schemas"]["NeedPriority"];
            /** Format: date-time */
            created_at: string;
            survey_title: string;
            /** Format: date */
            survey_conducted_on: string;
            community_name: string;
            district: string;
            /** @description Linked projects the caller may see (any status). */
            projects: components["schemas"]["NeedProject"][];
            /** @description A contracted, active or completed project is linked to it (whether or not the caller sees that project). */
            covered: boolean;
        };
        /** @description One page of needs, newest first. */
        NeedList: {
            items: components["schemas"]["Need"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of records matching the filters, across all pages.
             */
            total: number;
        };
        /** @description A demand survey (需求调研) of one community's residents. */
        DemandSurvey: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            community_id: string;
            title: string;
            method: components["schemas"]["SurveyMethod"];
            /** @description The organization that ran the survey; null when none is named. */
            conducted_by_org_id: string | null;
            /** Format: date */
            conducted_on: string;
            /** Format: int64 */
            respondents: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
            community_name: string;
            district: string;
            conducted_by_org_name: string | null;
            /** Format: int64 */
            needs_count: number;
            /** Format: int64 */
            needs_covered: number;
            /** @description The survey is older than 365 days. */
            stale: boolean;
            /** @description Its needs in the survey's order; answered by a single survey, left out of lists. */
            needs?: components["schemas"]["Need"][];
        };
        /** @description One page of surveys, newest first, without their needs. */
        DemandSurveyList: {
            items: components["schemas"]["DemandSurvey"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of records matching the filters, across all pages.
             */
            total: number;
        };
        /** @description A need of a survey. */
        NeedRequest: {
            /** @description In a correction, the need this item corrects; left out to add a need. */
            id?: string;
            category: components["schemas"]["NeedCategory"];
            title: string;
            description?: string;
            /**
             * Format: int64
             * @description At most the survey's respondents, else 422 `urn:hatchery:problem:mentions_over_respondents`.
             */
            mentions?: number;
            priority: components["schemas"]["NeedPriority"];
        };
        /** @description A survey with its needs inline (at least one, at most 100). */
        CreateSurveyRequest: {
            community_id: string;
            title: string;
            method: components["schemas"]["SurveyMethod"];
            /** @description Defaults to the caller's organization for org_staff and incubator users; org_staff may name only their own, an incubator itself or an organization it incubates now. */
            conducted_by_org_id?: string | null;
            /**
             * Format: date
             * @description Not in the future, else 422 `urn:hatchery:problem:survey_in_future`.
             */
            conducted_on: string;
            /** Format: int64 */
            respondents: number;
            /** @description At least one, else 422 `urn:hatchery:problem:survey_without_needs`. */
            needs?: components["schemas"]["NeedRequest"][];
        };
        /** @description Fields left out are unchanged; the community cannot change. `needs`, when sent, is the whole list: an item with `id` corrects that need, one without adds a need, and a need left out is removed, unless a project is linked to it (409, field `needs`, code `need_linked`). */
        UpdateSurveyRequest: {
            /**
             * Format: int64
             * @description The version you read. Required here or in the If-Match header; a version that is no longer current answers 409.
             */
            version?: number;
            title?: string;
            method?: components["schemas"]["SurveyMethod"];
            /** @description An empty string clears it (admins and reviewers). */
            conducted_by_org_id?: string;
            /** Format: date */
            conducted_on?: string;
            /** Format: int64 */
            respondents?: number;
            needs?: components["schemas"]["NeedRequest"][];
        };
        /** @description The need a project answers. */
        LinkNeedRequest: {
            need_id: string;
            note?: string;
        };
        /** @description A project's link to a need it answers. */
        ProjectNeed: {
            project_id: string;
            need_id: string;
            note: string;
            /** Format: date-time */
            created_at: string;
        };
        /** @description One community's demand coverage. */
        CommunityCoverage: {
            community_id: string;
            community_name: string;
            street: string;
            district: string;
            /** Format: int64 */
            surveys: number;
            /** Format: date */
            latest_survey_on: string | null;
            /** @description The latest survey is older than 365 days. */
            stale: boolean;
            /** Format: int64 */
            needs: number;
            /**
             * Format: int64
             * @description Needs linked to a contracted, active or completed project.
             */
            needs_covered: number;
            /**
             * Format: double
             * @description needs_covered / needs; null without needs.
             */
            coverage: number | null;
            /**
             * Format: int64
             * @description High-priority needs not covered.
             */
            uncovered_high: number;
            /**
             * Format: int64
             * @description Contracted, active or completed projects whose service area holds the community.
             */
            projects: number;
            /**
             * Format: int64
             * @description Those of them linked to at least one of its needs.
             */
            projects_linked: number;
            /**
             * Format: double
             * @description projects_linked / projects; null without projects.
             */
            projects_linked_share: number | null;
        };
        /** @description A district's communities rolled up. */
        DistrictCoverage: {
            district: string;
            /** Format: int64 */
            communities: number;
            /** Format: int64 */
            communities_without_answer: number;
            /** Format: int64 */
            communities_without_survey: number;
            /** Format: int64 */
            needs: number;
            /** Format: int64 */
            needs_covered: number;
            /** Format: double */
            coverage: number | null;
        };
        /** @description SPEC 5.5: demand coverage per community, by district, and the headline. */
        CoverageReport: {
            /** @description By district, street and name. */
            communities: components["schemas"]["CommunityCoverage"][];
            /** @description By district name. */
            districts: components["schemas"]["DistrictCoverage"][];
            /**
             * Format: int64
             * @description Communities none of whose needs is covered, those without a survey included.
             */
            communities_without_answer: number;
            /** Format: int64 */
            communities_without_survey: number;
            /** Format: int64 */
            communities_total: number;
            /**
             * Format: double
             * @description communities_without_answer / communities_total (the paper's 91%); null without communities.
             */
            communities_without_answer_share: number | null;
            /**
             * Format: int64
             * @description Communities whose latest survey is older than 365 days.
             */
            stale_surveys: number;
        };
        ImportCounts: {
            /** @description Data rows read (blank and note rows aside). */
            rows: number;
            /** @description Surveys the rows form. */
            surveys: number;
            /** @description Needs (one a row without errors). */
            needs: number;
        };
        ImportRowError: {
            /** @description The row as the spreadsheet numbers it (the header is row 1). */
            row: number;
            /** @description The column's header as the file names it. */
            column: string;
            /** @description A stable code: `required`, `max`, `enum`, `date`, `survey_in_future`, `positive_integer`, `min`, `mentions_over_respondents`, `unknown_community`, `ambiguous_community`, `survey_disagrees`, `duplicate_need`, `max_needs` (over 100 needs in one survey), `missing_column`, `nul`. */
            code: string;
            /** @description What is wrong, for people; an enum's message names the allowed labels. */
            message: string;
            /** @description The cell as read. */
            value: string;
        };
        ImportedSurvey: {
            /** @description The stored survey's id; null in a preview. */
            id: string | null;
            /** @description The survey's first row. */
            row: number;
            community_id: string;
            community_name: string;
            title: string;
            /** @description A SurveyMethod; empty when no row gave a valid one. */
            method: string;
            /** Format: date */
            conducted_on: string;
            /**
             * Format: int64
             * @description 0 when no row gave a valid number.
             */
            respondents: number;
            /** @description Needs of the survey (rows without errors). */
            needs: number;
        };
        SurveyImport: {
            /** @description The uploaded file's name. */
            file_name: string;
            format: components["schemas"]["ImportFormat"];
            /** @description The CSV's text encoding as detected: `utf-8` (with or without a byte order mark) or `gb18030`; empty for a workbook. */
            encoding: string;
            dry_run: boolean;
            counts: components["schemas"]["ImportCounts"];
            /** @description Every error of every row, by row; always empty once stored. */
            errors: components["schemas"]["ImportRowError"][];
            /** @description The surveys the file creates, in the order of their first rows. */
            surveys: components["schemas"]["ImportedSurvey"][];
            /** @description The stored surveys' ids; empty in a preview. */
            survey_ids: string[];
        };
        /** @description Who publishes Hatchery's projects as open data, and the identifier prefixes registered for it. */
        OpenDataSettings: {
            /** @description The publisher named in OCDS packages; empty while not configured. */
            publisher_name: string;
            /** @description The org-id.guide scheme of the publisher's identifier (such as CN-USCI), or empty. */
            publisher_scheme: string;
            /** @description The publisher's identifier in that scheme, or empty. */
            publisher_uid: string;
            /** @description A web address identifying the publisher, or empty. */
            publisher_uri: string;
            /** @description The OCDS prefix, `ocds-` and six lower-case letters or digits; an ocid is the prefix, `-` and the project's code. Empty while not configured. */
            ocid_prefix: string;
            /** @description The 360Giving prefix, `360G-` and a name not ending in `-`; a grant id is the prefix, `-` and the project's code. Empty while not configured. */
            grant_prefix: string;
            /**
             * Format: int64
             * @description 0 while never set; send it back to change it.
             */
            version: number;
            /**
             * Format: date-time
             * @description When an admin last changed it; null while never set.
             */
            updated_at: string | null;
        };
        OpenDataSettingsRequest: {
            /**
             * Format: int64
             * @description The version you read (0 while never set); a version that is no longer current answers 409.
             */
            version: number;
            /** @description The publisher's name, 1 to 200 characters. */
            publisher_name: string;
            /** @description The scheme of the publisher's identifier; given together with publisher_uid, or neither. */
            publisher_scheme?: string;
            /** @description The publisher's identifier in that scheme. */
            publisher_uid?: string;
            /** @description An http or https address identifying the publisher. */
            publisher_uri?: string;
            /**
             * @description `ocds-` and six lower-case letters or digits.
             * @example ocds-hchry1
             */
            ocid_prefix: string;
            /**
             * @description `360G-` and letters, digits, `_` or `-`, not ending in `-`.
             * @example 360G-sjzmzj
             */
            grant_prefix: string;
        };
        /** @description An OCDS 1.1 release package; its full shape is OCDS's release-package-schema.json, which the tests validate it against. */
        OCDSReleasePackage: {
            uri: string;
            /** @enum {string} */
            version: "1.1";
            extensions?: string[];
            /** Format: date-time */
            publishedDate: string;
            publisher: {
                name: string;
                scheme?: string;
                uid?: string;
                uri?: string;
            };
            releases: {
                ocid: string;
                id: string;
                /** Format: date-time */
                date: string;
                tag: string[];
                initiationType: string;
            }[];
        };
        /** @description A 360Giving JSON package; its full shape is 360Giving's 360-giving-package-schema.json, which the tests validate it against. */
        GivingPackage: {
            version?: string;
            grants: {
                id: string;
                title: string;
                description: string;
                currency: string;
                amountAwarded: number;
                awardDate: string;
                recipientOrganization: {
                    id: string;
                    name: string;
                }[];
                fundingOrganization: {
                    id: string;
                    name: string;
                }[];
            }[];
        };
        /** @description One expenditure in a portfolio's ledger, with the project it was booked on and who ran and paid for it. */
        LedgerEntry: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            project_id: string;
            budget_category: components["schemas"]["BudgetCategory"];
            /**
             * Format: int64
             * @description In fen; negative for a reversal.
             */
            amount_fen: number;
            /** Format: date */
            spent_on: string;
            payee: string;
            voucher_no: string;
            description: string;
            /** @description The user who recorded it. */
            recorded_by: string;
            /** @description The entry this one reverses; null for a spend. */
            reverses_id: string | null;
            /** @description Why; empty for a spend. */
            reversal_reason: string;
            /**
             * Format: date-time
             * @description When it was recorded (UTC).
             */
            created_at: string;
            /** @description The reversal of this entry; null while it stands (and in the answer that records it). */
            reversed_by: string | null;
            /** @description The project's code. */
            project_code: string;
            /** @description The project's title. */
            project_title: string;
            /** @description The contractor. */
            organization_name: string;
            /** @description The funder. */
            funder_name: string;
        };
        /** @description One page of a portfolio's ledger, newest first. */
        LedgerEntryList: {
            items: components["schemas"]["LedgerEntry"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            next_cursor: string | null;
            /**
             * Format: int64
             * @description Number of expenditures matching the filters, across all pages.
             */
            total: number;
        };
        /**
         * @description What a list or report answers in.
         * @enum {string}
         */
        ExportFormat: "json" | "csv" | "xlsx";
        /**
         * @description The language of an export's headers and labels.
         * @enum {string}
         */
        ExportLanguage: "zh-CN" | "en";
        /**
         * @description What the project list answers in: a list's formats and open data.
         * @enum {string}
         */
        ProjectExportFormat: "json" | "csv" | "xlsx" | "ocds" | "360giving" | "360giving-json";
        /**
         * @description What an audit entry records was done.
         * @enum {string}
         */
        AuditAction: "create" | "update" | "delete" | "stage_change" | "status" | "evaluate" | "request" | "approve" | "reject" | "withdraw" | "reverse" | "revoke" | "import" | "bulk_create" | "export" | "login" | "login_failed" | "login_throttled" | "logout" | "change_password" | "end_session" | "denied" | "encrypt" | "rotate_key" | "totp_enrol" | "totp_confirm" | "totp_disable" | "totp_reset" | "totp_recovery_used";
        /**
         * @description The kind of record an audit entry is about.
         * @enum {string}
         */
        AuditEntity: "organization" | "transition_request" | "milestone" | "community" | "funder" | "funding_cycle" | "project" | "indicator" | "disbursement" | "expenditure" | "staff_member" | "demand_survey" | "demand_surveys" | "project_need" | "user" | "session" | "api_token" | "setting" | "request" | "reference" | "pipeline" | "money" | "staff" | "surveys" | "personal_data";
        /** @description One field an entry changed (or set, for a creation; or recorded, for an event). */
        AuditChange: {
            /** @description The field's JSON name. */
            field: string;
            /** @description Its value before; null when it had none. */
            before: ({
                [key: string]: unknown;
            } | null) | unknown[] | string | number | boolean;
            /** @description Its value after; null when it has none. */
            after: ({
                [key: string]: unknown;
            } | null) | unknown[] | string | number | boolean;
            /** @description The closed list its values come from (e.g. Stage), when they are codes to show by their labels. */
            enum?: string;
        };
        /** @description The pending requests in the caller's scope, oldest first. */
        HomePending: {
            /** Format: int64 */
            count: number;
            /** Format: double */
            median_age_days: number | null;
            /** Format: int64 */
            oldest_age_days: number | null;
            /** @description The oldest first, at most 8. */
            items: components["schemas"]["PendingRequest"][];
        };
        /** @description Projects raising the spend audit's flags that follow from sums alone (SPEC 5.3), counted in one aggregate over the ledger; the same rules as the audit's. */
        LedgerFlags: {
            /**
             * Format: int64
             * @description Projects raising at least one of the flags.
             */
            projects: number;
            /** @description Projects raising each flag. */
            by_code: {
                /** Format: int64 */
                LINE_OVERSPENT: number;
                /** Format: int64 */
                ADMIN_OVER_CAP: number;
                /** Format: int64 */
                SPEND_EXCEEDS_DISBURSED: number;
                /** Format: int64 */
                TRANCHE_OVERDUE: number;
            };
            /**
             * Format: int64
             * @description Tranches past due and not paid in full.
             */
            overdue_tranches: number;
        };
        /** @description The bureau's evidence figures. */
        BureauEvidence: {
            /** Format: int64 */
            communities_without_answer: number;
            /** Format: int64 */
            communities_total: number;
            /**
             * Format: double
             * @description Share of communities with no project answering a surveyed need (SPEC 5.5).
             */
            communities_without_answer_share: number | null;
            /**
             * Format: int64
             * @description Funded organizations facing a funding cliff (SPEC 5.2).
             */
            funding_cliff: number;
            /** Format: int64 */
            funded_organizations: number;
            /**
             * Format: int64
             * @description Organizations over the turnover flag in the twelve months to today (SPEC 5.4).
             */
            high_turnover: number;
            /**
             * Format: int64
             * @description Organizations with staff in that period.
             */
            turnover_organizations: number;
            /**
             * Format: date
             * @description First day of the turnover period.
             */
            turnover_from: string;
            flags: components["schemas"]["LedgerFlags"];
        };
        /** @description A reviewer's or admin's home: its lists, the review queue and the stuck. Its figures are answered by `GET /home/figures`, so that the lists never wait for them. */
        BureauHome: {
            pending: components["schemas"]["HomePending"];
            /** @description Organizations incubating longer than the threshold. */
            stuck: {
                /** Format: int64 */
                threshold_days: number;
                /** Format: int64 */
                count: number;
                /** @description The longest-stuck first, at most 8. */
                items: components["schemas"]["StuckMember"][];
            };
        };
        /** @description The figures of a reviewer's or admin's home: incubation outcomes by quarter and the bureau's evidence, province-wide. */
        BureauFigures: {
            /**
             * Format: date
             * @description The day the figures were made for.
             */
            today: string;
            /** @description The last 8 calendar quarters, oldest first, the current one last. */
            quarters: components["schemas"]["QuarterOutcome"][];
            evidence: components["schemas"]["BureauEvidence"];
        };
        /** @description A milestone's type and day. */
        MilestoneBrief: {
            type: components["schemas"]["MilestoneType"];
            /** Format: date */
            achieved_on: string;
        };
        /** @description An organization the incubator hosts, with its progress. */
        Incubatee: {
            id: string;
            name: string;
            stage: components["schemas"]["Stage"];
            /** Format: date-time */
            stage_since: string;
            /** Format: int64 */
            days_incubating: number;
            /**
             * Format: int64
             * @description Graduation criteria met now.
             */
            criteria_met: number;
            /** Format: int64 */
            criteria_total: number;
            ready: boolean;
            last_milestone: components["schemas"]["MilestoneBrief"] | null;
            /**
             * Format: double
             * @description Separations over the mean headcount in the twelve months to today; null without staff.
             */
            turnover_rate: number | null;
            high_turnover: boolean;
        };
        /** @description An incubator's home. */
        IncubatorHome: {
            incubator_id: string;
            incubator_name: string;
            /** @description The organizations it hosts, the longest in their stage first. */
            incubatees: components["schemas"]["Incubatee"][];
            /**
             * Format: int64
             * @description Hosted organizations meeting every graduation criterion.
             */
            ready: number;
            pending: components["schemas"]["HomePending"];
            /** Format: date */
            turnover_from: string;
        };
        /** @description A project's spend against its budget, with the codes of its audit flags. */
        HomeProject: {
            id: string;
            code: string;
            title: string;
            status: components["schemas"]["ProjectStatus"];
            /**
             * Format: int64
             * @description Fen.
             */
            budget_fen: number;
            /**
             * Format: int64
             * @description Fen.
             */
            disbursed_fen: number;
            /**
             * Format: int64
             * @description Fen.
             */
            spent_fen: number;
            /** Format: double */
            spent_share: number;
            /** Format: double */
            time_elapsed_share: number;
            /** @description The codes of its audit flags, each once. */
            flags: string[];
        };
        /** @description The earliest tranche not yet paid in full. */
        DueTranche: {
            project_id: string;
            code: string;
            /** Format: int64 */
            seq: number;
            /** Format: date */
            due_on: string;
            /**
             * Format: int64
             * @description Fen.
             */
            amount_fen: number;
            /**
             * Format: int64
             * @description Fen.
             */
            paid_fen: number;
            overdue: boolean;
        };
        /** @description An organization's staff's home. */
        OrgHome: {
            id: string;
            name: string;
            stage: components["schemas"]["Stage"];
            /** Format: date-time */
            stage_since: string;
            incubator_name: string | null;
            readiness: components["schemas"]["GraduationReadiness"];
            /** @description Its projects but drafts, the latest ending first, at most 20. */
            projects: components["schemas"]["HomeProject"][];
            next_tranche: components["schemas"]["DueTranche"] | null;
            /** Format: int64 */
            active_staff: number;
            /**
             * Format: int64
             * @description Active staff who are not volunteers.
             */
            paid_staff: number;
            pending: components["schemas"]["HomePending"];
        };
        /** @description A contractor facing a funding cliff. */
        ContractorCliff: {
            organization_id: string;
            organization_name: string;
            /** Format: date */
            funded_until: string | null;
            /**
             * Format: int64
             * @description Fen.
             */
            awarded_fen: number;
        };
        /** @description A funder's home: its own portfolio only. */
        FunderHome: {
            funder_id: string;
            funder_name: string;
            /** Format: int64 */
            projects: number;
            /** @description Projects in each status. */
            by_status: {
                /** Format: int64 */
                draft: number;
                /** Format: int64 */
                contracted: number;
                /** Format: int64 */
                active: number;
                /** Format: int64 */
                completed: number;
                /** Format: int64 */
                terminated: number;
            };
            /**
             * Format: int64
             * @description Budgets of its contracted, active and completed projects.
             */
            budget_fen: number;
            /**
             * Format: int64
             * @description Fen.
             */
            disbursed_fen: number;
            /**
             * Format: int64
             * @description Fen.
             */
            spent_fen: number;
            flags: components["schemas"]["LedgerFlags"];
            /**
             * Format: int64
             * @description Organizations it funds with awarded projects.
             */
            contractors: number;
            /** Format: int64 */
            cliff_count: number;
            /** @description The first contractors facing a cliff, at most 8. */
            cliffs: components["schemas"]["ContractorCliff"][];
        };
        /** @description The caller's home: the section of their role is set, the others are null. */
        Home: {
            role: components["schemas"]["Role"];
            /** Format: date */
            today: string;
            thresholds: components["schemas"]["HomeThresholds"];
            bureau: components["schemas"]["BureauHome"] | null;
            incubator: components["schemas"]["IncubatorHome"] | null;
            organization: components["schemas"]["OrgHome"] | null;
            funder: components["schemas"]["FunderHome"] | null;
        };
        /** @description The rules behind the home's flags. */
        HomeThresholds: {
            /**
             * Format: int64
             * @description Nothing contracted beyond this many days from today is a funding cliff (90).
             */
            funding_cliff_days: number;
            /**
             * Format: double
             * @description Turnover above this rate is flagged (0.30).
             */
            high_turnover_rate: number;
            /**
             * Format: int64
             * @description Incubating longer than this counts as stuck (540).
             */
            stuck_after_days: number;
        };
        /** @description The signed-in user; whether their password has passed the policy's maximum age; and whether they must set up two-step verification before anything else. */
        SignedInUser: {
            /**
             * Format: uuid
             * @description Identifier (a UUIDv7, so ids sort by creation).
             */
            id: string;
            username: string;
            display_name: string;
            role: components["schemas"]["Role"];
            /** @description The organization an incubator or org_staff user is bound to. */
            organization_id: string | null;
            /** @description The funder a funder user is bound to. */
            funder_id: string | null;
            /**
             * Format: date-time
             * @description When the password was last set, by its user or an admin (UTC); the password policy's maximum age counts from it.
             */
            password_changed_at: string;
            /** @description A disabled user cannot sign in. */
            disabled: boolean;
            /**
             * Format: date-time
             * @description When the record was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record was last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; send it back when changing the record.
             */
            version: number;
            /** @description The password is older than `GET /settings/passwords` allows: until it is changed with POST /auth/password, every other route but GET /auth/me and POST /auth/logout answers 403 `urn:hatchery:problem:password_expired`. */
            must_change_password: boolean;
            /** @description The user signs in with a code from an authenticator app too (two-step verification). */
            totp_enabled: boolean;
            /** @description The user's role needs two-step verification, which is not yet on: every route but `GET /auth/me`, `POST /auth/logout`, `POST /auth/totp/enroll` and `POST /auth/totp/confirm` answers 403 `urn:hatchery:problem:totp_enrolment_required` until it is confirmed. */
            must_enrol_totp: boolean;
        };
        /** @description The password policy in force. */
        PasswordSettings: {
            /** @description Days a password lasts before its user must change it; 0 (the default) for no maximum age. */
            max_age_days: number;
            /**
             * Format: int64
             * @description 0 while the default was never changed; send it back to change it.
             */
            version: number;
            /**
             * Format: date-time
             * @description When an admin last changed it; null for the default.
             */
            updated_at: string | null;
        };
        PasswordSettingsRequest: {
            /**
             * Format: int64
             * @description The version you read (0 while the default was never changed); a version that is no longer current answers 409.
             */
            version: number;
            /** @description Days a password lasts, 0 to 3650; 0 turns the maximum age off. */
            max_age_days: number;
        };
        /** @description A new pending TOTP secret (RFC 6238: SHA-1, 30-second steps, 6 digits), shown once. */
        TOTPEnrolment: {
            /** @description The secret in base32, for typing into an authenticator app. */
            secret: string;
            /** @description otpauth://totp/Hatchery:<username>?secret=…&issuer=Hatchery&algorithm=SHA1&digits=6&period=30 */
            otpauth_uri: string;
            /** @description The URI as a QR code, an SVG document. */
            qr_svg: string;
        };
        ConfirmTOTPRequest: {
            /** @description The current 6-digit code from the authenticator app. */
            code: string;
        };
        /** @description Ten recovery codes, shown once: each signs in once in place of a code. Only their hashes are kept. */
        RecoveryCodes: {
            recovery_codes: string[];
        };
        DisableTOTPRequest: {
            /**
             * Format: password
             * @description Your current password.
             */
            password: string;
        };
        /** @description Which roles must sign in with two-step verification. */
        SecondFactorSettings: {
            /** @description In the order of the roles. The default is admin, reviewer and funder; in demo mode none. */
            required_roles: components["schemas"]["Role"][];
            /**
             * Format: int64
             * @description 0 while the default was never changed; send it back to change it.
             */
            version: number;
            /**
             * Format: date-time
             * @description When an admin last changed it; null for the default.
             */
            updated_at: string | null;
        };
        SecondFactorSettingsRequest: {
            /**
             * Format: int64
             * @description The version you read (0 while the default was never changed); a version that is no longer current answers 409.
             */
            version: number;
            required_roles: components["schemas"]["Role"][];
        };
    };
    responses: {
        /** @description Malformed: the body is not one JSON object, has a field of the wrong type or a field this endpoint does not take, or a query parameter cannot be parsed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not signed in: no session cookie or API token, or it has ended, expired or been revoked. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's role may not do this (the denial is audited), or a cross-origin write was refused. A caller whose role needs two-step verification that is not yet on gets `urn:hatchery:problem:totp_enrolment_required` on every route but enrolment. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A cross-origin write was refused. */
        ForbiddenCrossOrigin: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller used an API token: tokens are made from a signed-in session (the denial is audited). Or a cross-origin write was refused. */
        ForbiddenBearer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Wrong username or password, or the account is disabled (all alike). A right password of a user with two-step verification answers `urn:hatchery:problem:totp_required` without `totp`, and `urn:hatchery:problem:totp_invalid` with a wrong, spent or out-of-window code (counted like a wrong password). */
        LoginFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such record, or it is outside what the caller may see. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A uniqueness conflict (the field is named with code `unique`), or the version sent is no longer current (field `version`, code `stale_version`). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not sent as application/json. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid: the fields at fault are listed in `errors`; or a business rule is broken. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many sign-in attempts for this account or from this address. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before trying again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The database does not answer. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller may see this organization but may not do this to it (the denial is audited), or a cross-origin write was refused. */
        ForbiddenInScope: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's role may not decide requests, or the caller made this request and so may not decide it (four-eyes rule); the denial is audited. Or a cross-origin write was refused. */
        ForbiddenDecision: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Only the user who made a request may withdraw it (the denial is audited), or a cross-origin write was refused. */
        ForbiddenWithdraw: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The organization already has a pending request; withdraw or decide it first. */
        PendingConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is no longer pending (already approved, rejected or withdrawn), or the organization's stage changed since the request was made. */
        DecisionConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid: the fields at fault are listed in `errors`. An illegal move has type `urn:hatchery:problem:transition-not-allowed` and names the stages allowed instead in `allowed_targets`; a missing, unknown or unfit incubator names `incubator_id`. An incubator hosted, directly or through other incubators, by the organization it would host has type `urn:hatchery:problem:incubator_cycle` and names `incubator_id`, when asked and again when approved. */
        MoveRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid: the fields at fault are listed in `errors`. Approving the graduation of an organization that is not ready without `override` has type `urn:hatchery:problem:not-ready` and lists the criteria not met in `unmet`; an override without a note names `note`. Approving a move into incubation under an incubator that the organization now hosts, directly or through other incubators, has type `urn:hatchery:problem:incubator_cycle`. */
        NotReady: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid: the fields at fault are listed in `errors` (`end_on` before `start_on`, an unknown funder, contractor, funding cycle or community, a budget category, tranche or indicator named twice). A project that is no longer a draft has type `urn:hatchery:problem:project-not-draft`; a contractor that is not registered, incubating or independent `urn:hatchery:problem:contractor-not-eligible`. */
        ProjectChangeRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid. A move outside SPEC 6.1's machine has type `urn:hatchery:problem:project-move-not-allowed` and names the statuses allowed instead in `allowed_moves`. Contracting needs budget lines that sum to `budget_fen` (`urn:hatchery:problem:budget-lines-mismatch`), tranches that sum to at most it (`urn:hatchery:problem:tranches-over-budget`) and a registered, incubating or independent contractor (`urn:hatchery:problem:contractor-not-eligible`). */
        ProjectMoveRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid: the fields at fault are listed in `errors`. Only a completed project is evaluated (`urn:hatchery:problem:project-not-completed`). */
        EvaluationRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid: the fields at fault are listed in `errors`. Actuals are recorded once the project is contracted (`urn:hatchery:problem:project-not-spendable`). */
        IndicatorRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid: the fields at fault are listed in `errors` (an amount of 0, below 0 or over 10^12 fen names `amount_fen`; a tranche the project does not have names `tranche_seq`). Money moves only on a contracted, active or completed project (`urn:hatchery:problem:project-not-spendable`); disbursements never sum above the budget (`urn:hatchery:problem:disbursement-over-budget`, with `remaining_fen`); an Idempotency-Key already used for another request has type `urn:hatchery:problem:idempotency-key-reused`. */
        LedgerRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid: `reason` is missing or blank; a reversal is not itself reversed (`urn:hatchery:problem:reversal-of-reversal`); an Idempotency-Key already used for another request has type `urn:hatchery:problem:idempotency-key-reused`. */
        ReversalRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The entry was already reversed; an entry is reversed at most once. */
        ReversalConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The project was moved by someone else meanwhile; read it again. */
        ProjectMoveConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Malformed: the body is not one JSON object, has a field of the wrong type or a field this endpoint does not take; an amount that is not a JSON integer (1.5, "100", 1e3) names its field; or the Idempotency-Key header is malformed. */
        LedgerBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but invalid: the fields at fault are listed in `errors`. An open-data answer whose settings are missing or malformed has type `urn:hatchery:problem:open-data-not-configured`; an OCDS or 360Giving JSON package with nothing to publish (the filters name no project, or no contracted one) `urn:hatchery:problem:open-data-empty`. Nothing of the document is written first. */
        OpenDataRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The path or a query parameter is not UTF-8 text or holds a NUL character. */
        BadURL: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not from this machine, and the metrics token is missing or wrong (a metrics token is configured). The answer carries `WWW-Authenticate: Bearer`. */
        MetricsUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not from this machine, and no metrics token is configured. */
        MetricsForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The record's id. */
        Id: string;
        /** @description Page size. */
        Limit: number;
        /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
        Cursor: string;
        /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
        IfMatch: string;
        /** @description Makes the POST safe to send again (SPEC 4.2): the same key with the same body replays the first answer (201, `Idempotent-Replayed: true`) and records nothing new; the same key with another body or path answers 422 `urn:hatchery:problem:idempotency-key-reused`. Keys are the caller's own; 1 to 200 visible ASCII characters, such as a UUID (else 400). */
        IdempotencyKey: string;
        /** @description The indicator's id. */
        IndicatorId: string;
        /** @description The need's id. */
        NeedId: string;
        /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
        ExportFormat: components["schemas"]["ExportFormat"];
        /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
        ExportLang: components["schemas"]["ExportLanguage"];
    };
    requestBodies: never;
    headers: {
        /** @description The URL of the created record. */
        Location: string;
        /** @description The HttpOnly, SameSite=Lax session cookie `hatchery_session`. */
        SetSessionCookie: string;
        /** @description Expires the `hatchery_session` cookie. */
        ClearSessionCookie: string;
        /** @description `true` when the answer is the replay of an earlier request with the same Idempotency-Key; absent on a first answer. */
        IdempotentReplayed: "true";
        /** @description The ledger the entry was booked in: `/api/v1/projects/{id}/disbursements` or `/api/v1/projects/{id}/expenditures`. */
        LedgerLocation: string;
        /** @description `attachment` with an ASCII `filename` and the UTF-8 name in `filename*` (RFC 6266, RFC 5987). */
        ContentDisposition: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up; nothing else is checked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadURL"];
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["BadURL"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text exposition format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadURL"];
            401: components["responses"]["MetricsUnauthorized"];
            403: components["responses"]["MetricsForbidden"];
        };
    };
    getOpenAPI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadURL"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in: the session cookie is set and the user answered. */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["SetSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["LoginFailed"];
            403: components["responses"]["ForbiddenCrossOrigin"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is ended and the cookie cleared. */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["ClearSessionCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenCrossOrigin"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed; the user's other sessions are ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenBearer"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's own sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is ended. */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["ClearSessionCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenCrossOrigin"];
            404: components["responses"]["NotFound"];
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's own tokens, without secrets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APITokenList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenRequest"];
            };
        };
        responses: {
            /** @description The token, with its secret shown this once. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewAPIToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenBearer"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (revoking a revoked token changes nothing). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenCrossOrigin"];
            404: components["responses"]["NotFound"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Searches usernames and display names. */
                q?: string;
                /** @description Only users of this role. */
                role?: components["schemas"]["Role"];
                /** @description Orders the list by `username`, `display_name`; descending with a leading `-`. Ties keep the newest first (the oldest first ascending). A cursor belongs to one order. Any other value answers 422. */
                sort?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The stored user. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The changed user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description Only entries about this kind of record. */
                entity?: components["schemas"]["AuditEntity"];
                /** @description Only entries about this record. */
                entity_id?: string;
                /** @description Only entries by this user. */
                actor_id?: string;
                /** @description Only entries of this action. */
                action?: components["schemas"]["AuditAction"];
                /** @description Only entries on or after this day (China Standard Time). */
                from?: string;
                /** @description Only entries on or before this day (China Standard Time); not before `from` (else 422). */
                to?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of audit entries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    verifyAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the chain is intact, and if not, where it breaks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listCommunities: {
        parameters: {
            query?: {
                /** @description Searches names. */
                q?: string;
                /** @description Only communities in this district. */
                district?: string;
                /** @description Only communities in this street. */
                street?: string;
                /** @description Only communities of this type. */
                type?: components["schemas"]["CommunityType"];
                /** @description Orders the list by `name`, `street`, `district`; descending with a leading `-`. Ties keep the newest first (the oldest first ascending). A cursor belongs to one order. Any other value answers 422. */
                sort?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of communities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommunityRequest"];
            };
        };
        responses: {
            /** @description The stored community. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The community. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCommunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCommunityRequest"];
            };
        };
        responses: {
            /** @description The changed community. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listFunders: {
        parameters: {
            query?: {
                /** @description Searches names, or matches a credit code exactly. */
                q?: string;
                /** @description Only funders of this kind. */
                kind?: components["schemas"]["FunderKind"];
                /** @description Orders the list by `name`; descending with a leading `-`. Ties keep the newest first (the oldest first ascending). A cursor belongs to one order. Any other value answers 422. */
                sort?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of funders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunderList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createFunder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunderRequest"];
            };
        };
        responses: {
            /** @description The stored funder. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Funder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getFunder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The funder. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Funder"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateFunder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunderRequest"];
            };
        };
        responses: {
            /** @description The changed funder. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Funder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description Searches names, or matches a credit code exactly. */
                q?: string;
                /** @description Only organizations in this stage. */
                stage?: components["schemas"]["Stage"];
                /** @description Only organizations of this category. */
                category?: components["schemas"]["OrganizationCategory"];
                /** @description Only organizations of this registration type. */
                registration_type?: components["schemas"]["RegistrationType"];
                /** @description Only organizations of this home community. */
                community_id?: string;
                /** @description Only organizations whose home community is in this district. */
                district?: string;
                /** @description Only organizations hosted by this incubator. */
                incubator_id?: string;
                /** @description Only incubators (true) or only non-incubators (false). */
                is_incubator?: boolean;
                /** @description Only the organizations the caller's own organization hosts now (current) or hosted before and no longer (past): an incubator's portfolio. A caller without an organization matches none. */
                hosted?: components["schemas"]["HostedFilter"];
                /** @description Orders the list by `name`, `stage_since`; descending with a leading `-`. Ties keep the newest first (the oldest first ascending). A cursor belongs to one order. Any other value answers 422. */
                sort?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the organizations the caller may see. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The stored organization, in the applicant stage. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization, with the stages a request may ask for now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The changed organization, as GET shows it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenInScope"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each graduation criterion, met or not and why. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraduationReadiness"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getStageTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's stage periods, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StagePeriodList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listOrganizationTransitions: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the organization's requests, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    requestTransition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestTransitionRequest"];
            };
        };
        responses: {
            /** @description The pending request. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenInScope"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["PendingConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["MoveRefused"];
        };
    };
    listMilestones: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of milestones with the total training hours. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    logMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogMilestoneRequest"];
            };
        };
        responses: {
            /** @description The stored milestone. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenInScope"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listStaff: {
        parameters: {
            query?: {
                /** @description Only those still working there (true: no `left_on`) or only those who left (false). */
                active?: boolean;
                /** @description Only staff of this employment type. */
                employment_type?: components["schemas"]["EmploymentType"];
                /** @description Orders the list by `name`, `joined_on`; descending with a leading `-`. Ties keep the newest first (the oldest first ascending). A cursor belongs to one order. Any other value answers 422. */
                sort?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the roster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    addStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddStaffMemberRequest"];
            };
        };
        responses: {
            /** @description The stored record. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenInScope"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateStaffMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffMemberRequest"];
            };
        };
        responses: {
            /** @description The changed record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenInScope"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    organizationFunding: {
        parameters: {
            query?: {
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Awarded total, funders and their shares, the Herfindahl index, gaps, funded-until and the funding cliff flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingContinuity"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listTransitions: {
        parameters: {
            query?: {
                /** @description Only requests in this status. */
                status?: components["schemas"]["TransitionStatus"];
                /** @description Only requests to this stage. */
                to_stage?: components["schemas"]["Stage"];
                /** @description Only requests on this organization. */
                organization_id?: string;
                /** @description Only requests naming this incubator. */
                incubator_id?: string;
                /** @description Only requests on organizations whose home community is in this district. */
                district?: string;
                /** @description The order: oldest or newest first. Without it the pending queue (status=pending) is oldest first, so the longest waiting request comes first, and every other list newest first. */
                sort?: components["schemas"]["TransitionSort"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requests on the organizations the caller may see, in the order sort asks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    approveTransition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveTransitionRequest"];
            };
        };
        responses: {
            /** @description The approved request; the organization has moved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenDecision"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["DecisionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["NotReady"];
        };
    };
    rejectTransition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectTransitionRequest"];
            };
        };
        responses: {
            /** @description The rejected request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenDecision"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["DecisionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    withdrawTransition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The withdrawn request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionRequest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenWithdraw"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["DecisionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getGraduationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The criteria in force (version 0: the defaults). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraduationSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    setGraduationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraduationSettingsRequest"];
            };
        };
        responses: {
            /** @description The criteria now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraduationSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getTrainingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The target in force (version 0: the default of 72 hours). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    setTrainingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingSettingsRequest"];
            };
        };
        responses: {
            /** @description The target now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getOpenDataSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    setOpenDataSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenDataSettingsRequest"];
            };
        };
        responses: {
            /** @description The settings now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getPasswordSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy in force (version 0: the default, no maximum age). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    setPasswordSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordSettingsRequest"];
            };
        };
        responses: {
            /** @description The policy now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    pipelineReport: {
        parameters: {
            query?: {
                /** @description Only organizations whose home community is in this district. */
                district?: string;
                /** @description Only organizations of this category. */
                category?: components["schemas"]["OrganizationCategory"];
                /** @description Only organizations hosted (or requests naming) this incubator. */
                incubator_id?: string;
                /** @description First day of the outcomes period (default: a year before `to`). */
                from?: string;
                /** @description Last day of the outcomes period (default: today). */
                to?: string;
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SPEC 5.1's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineReport"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listFundingCycles: {
        parameters: {
            query?: {
                /** @description Only rounds of this funder. */
                funder_id?: string;
                /** @description Only rounds of this year. */
                year?: number;
                /** @description Orders the list by `name`, `year`, `pool_fen`; descending with a leading `-`. Ties keep the newest first (the oldest first ascending). A cursor belongs to one order. Any other value answers 422. */
                sort?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the rounds the caller may see. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingCycleList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createFundingCycle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFundingCycleRequest"];
            };
        };
        responses: {
            /** @description The stored round. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingCycleView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getFundingCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round with what it awarded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingCycleView"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateFundingCycle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFundingCycleRequest"];
            };
        };
        responses: {
            /** @description The changed round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingCycleView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description Searches codes and titles. */
                q?: string;
                /** @description Only projects in this status. */
                status?: components["schemas"]["ProjectStatus"];
                /** @description Only projects of this funder. */
                funder_id?: string;
                /** @description Only projects of this contractor. */
                organization_id?: string;
                /** @description Only projects of this round. */
                funding_cycle_id?: string;
                /** @description Only projects serving this community. */
                community_id?: string;
                /** @description Only projects serving a community in this district. */
                district?: string;
                /** @description Only projects whose period touches this year. */
                year?: number;
                /** @description `json` (the default) answers one page; `csv` and `xlsx` the whole filtered set as a spreadsheet (see the ExportFormat parameter of the other lists). Or every project the filters name (limit and cursor are ignored) as open data: `ocds` an OCDS 1.1 release package, `360giving` the 360Giving flat CSV (UTF-8 with a byte order mark, CRLF, the standard's column titles; cells that a spreadsheet would read as a formula start with an apostrophe), `360giving-json` a 360Giving JSON package. The 360Giving formats hold contracted projects only (drafts were never awarded). */
                format?: components["schemas"]["ProjectExportFormat"];
                /** @description Orders the list by `code`, `title`, `budget_fen`, `start_on`, `end_on`; descending with a leading `-`. Ties keep the newest first (the oldest first ascending). A cursor belongs to one order. Any other value answers 422. */
                sort?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the projects the caller may see; the plan (service area, lines, tranches, indicators) is answered by GET of one project. With `format`, the open-data document instead. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                    "application/json; profile=\"https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json\"": components["schemas"]["OCDSReleasePackage"];
                    "application/json; profile=\"https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json\"": components["schemas"]["GivingPackage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["OpenDataRefused"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            /** @description The stored draft, whole. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ProjectChangeRefused"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project with its plan, indicators, evaluation, ledger totals and allowed moves. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectRequest"];
            };
        };
        responses: {
            /** @description The changed draft, whole. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ProjectChangeRefused"];
        };
    };
    moveProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveProjectRequest"];
            };
        };
        responses: {
            /** @description The moved project, whole. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ProjectMoveConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ProjectMoveRefused"];
        };
    };
    evaluateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateProjectRequest"];
            };
        };
        responses: {
            /** @description The project with its evaluation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["EvaluationRefused"];
        };
    };
    updateIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
                /** @description The indicator's id. */
                indicator_id: components["parameters"]["IndicatorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIndicatorRequest"];
            };
        };
        responses: {
            /** @description The indicator. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IndicatorRefused"];
        };
    };
    projectSpendAudit: {
        parameters: {
            query?: {
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per budget category budget, net spend, remaining and share; disbursed; time elapsed against spent; flags with their evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpendAudit"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    projectOCDS: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 release package (release-package-schema.json of OCDS 1.1.5). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; profile=\"https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json\"": components["schemas"]["OCDSReleasePackage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["OpenDataRefused"];
        };
    };
    listDisbursements: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the project's payments and their reversals, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    recordDisbursement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to send again (SPEC 4.2): the same key with the same body replays the first answer (201, `Idempotent-Replayed: true`) and records nothing new; the same key with another body or path answers 422 `urn:hatchery:problem:idempotency-key-reused`. Keys are the caller's own; 1 to 200 visible ASCII characters, such as a UUID (else 400). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDisbursementRequest"];
            };
        };
        responses: {
            /** @description The entry; a replay answers the first request's entry again. */
            201: {
                headers: {
                    Location: components["headers"]["LedgerLocation"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disbursement"];
                };
            };
            400: components["responses"]["LedgerBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["LedgerRefused"];
        };
    };
    listExpenditures: {
        parameters: {
            query?: {
                /** @description Only entries of this category. */
                budget_category?: components["schemas"]["BudgetCategory"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the project's spending and its reversals, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenditureList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    recordExpenditure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to send again (SPEC 4.2): the same key with the same body replays the first answer (201, `Idempotent-Replayed: true`) and records nothing new; the same key with another body or path answers 422 `urn:hatchery:problem:idempotency-key-reused`. Keys are the caller's own; 1 to 200 visible ASCII characters, such as a UUID (else 400). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordExpenditureRequest"];
            };
        };
        responses: {
            /** @description The entry; a replay answers the first request's entry again. */
            201: {
                headers: {
                    Location: components["headers"]["LedgerLocation"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expenditure"];
                };
            };
            400: components["responses"]["LedgerBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["LedgerRefused"];
        };
    };
    reverseDisbursement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to send again (SPEC 4.2): the same key with the same body replays the first answer (201, `Idempotent-Replayed: true`) and records nothing new; the same key with another body or path answers 422 `urn:hatchery:problem:idempotency-key-reused`. Keys are the caller's own; 1 to 200 visible ASCII characters, such as a UUID (else 400). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseRequest"];
            };
        };
        responses: {
            /** @description The reversal; a replay answers the first request's reversal again. */
            201: {
                headers: {
                    Location: components["headers"]["LedgerLocation"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disbursement"];
                };
            };
            400: components["responses"]["LedgerBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ReversalConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ReversalRefused"];
        };
    };
    reverseExpenditure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to send again (SPEC 4.2): the same key with the same body replays the first answer (201, `Idempotent-Replayed: true`) and records nothing new; the same key with another body or path answers 422 `urn:hatchery:problem:idempotency-key-reused`. Keys are the caller's own; 1 to 200 visible ASCII characters, such as a UUID (else 400). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseRequest"];
            };
        };
        responses: {
            /** @description The reversal; a replay answers the first request's reversal again. */
            201: {
                headers: {
                    Location: components["headers"]["LedgerLocation"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expenditure"];
                };
            };
            400: components["responses"]["LedgerBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ReversalConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ReversalRefused"];
        };
    };
    fundingReport: {
        parameters: {
            query?: {
                /** @description Only the contractors of this funder's awarded projects (each with its whole funding), and this funder's rounds. */
                funder_id?: string;
                /** @description Only organizations whose home community is in this district. */
                district?: string;
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SPEC 5.2's figures per organization and per round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingReport"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    portfolioSpendAudit: {
        parameters: {
            query?: {
                /** @description The funder whose portfolio to audit; a funder's users may leave it out. */
                funder_id?: string;
                /** @description Only the audits raising this flag (`any`: at least one). */
                flag?: components["schemas"]["AuditFlagFilter"];
                /** @description Answer at most this many audits (default: all). */
                limit?: number;
                /** @description Skip this many audits first (with `limit`). */
                offset?: number;
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Totals, projects by status and by flag, every project's audit and the first-digit test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioAudit"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    turnoverReport: {
        parameters: {
            query?: {
                /** @description First day of the period (default: a year before `to`). */
                from?: string;
                /** @description Last day of the period (default: today). */
                to?: string;
                /** @description How to group the staff (default: organization). */
                group_by?: components["schemas"]["TurnoverGrouping"];
                /** @description Only organizations whose home community is in this district. */
                district?: string;
                /** @description How many groups to list, highest turnover first (default 500; an export holds every group unless this asks for fewer). */
                limit?: number;
                /** @description Skip this many groups first (with `limit`, one page of them); an export starts at the first. */
                offset?: number;
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SPEC 5.4's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnoverReport"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listSurveys: {
        parameters: {
            query?: {
                /** @description Title contains. */
                q?: string;
                /** @description Of this community. */
                community_id?: string;
                /** @description Of communities in this district. */
                district?: string;
                /** @description Run this way. */
                method?: components["schemas"]["SurveyMethod"];
                /** @description Run by this organization. */
                conducted_by_org_id?: string;
                /** @description Orders the list by `title`, `conducted_on`, `respondents`; descending with a leading `-`. Ties keep the newest first (the oldest first ascending). A cursor belongs to one order. Any other value answers 422. */
                sort?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of surveys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSurveyList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyRequest"];
            };
        };
        responses: {
            /** @description The stored survey with its needs. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenInScope"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey with its needs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSurvey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being changed, e.g. `"3"`, when it is not sent as `version` in the body. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSurveyRequest"];
            };
        };
        responses: {
            /** @description The corrected survey with its needs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenInScope"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listNeeds: {
        parameters: {
            query?: {
                /** @description Of this community. */
                community_id?: string;
                /** @description Of communities in this district. */
                district?: string;
                /** @description Of this category. */
                category?: components["schemas"]["NeedCategory"];
                /** @description Of this priority. */
                priority?: components["schemas"]["NeedPriority"];
                /** @description Of this survey. */
                survey_id?: string;
                /** @description Only needs no contracted, active or completed project answers. */
                uncovered?: boolean;
                /** @description Only needs of the communities this project serves: those it may be linked to (a project the caller cannot see answers 422). */
                project_id?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of needs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listProjectNeeds: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of linked needs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    linkNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkNeedRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectNeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenInScope"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    unlinkNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
                /** @description The need's id. */
                need_id: components["parameters"]["NeedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenInScope"];
            404: components["responses"]["NotFound"];
        };
    };
    demandCoverage: {
        parameters: {
            query?: {
                /** @description Only communities of this district. */
                district?: string;
                /** @description The communities' order: a column, or with a leading `-` that column descending. No share (or no survey) counts as less than any; ties keep the report's order (by district, street and name). */
                sort?: components["schemas"]["CoverageSort"];
                /** @description Answer at most this many communities (default: all). */
                limit?: number;
                /** @description Skip this many communities first (with `limit`). */
                offset?: number;
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SPEC 5.5's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageReport"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    importSurveys: {
        parameters: {
            query?: {
                /** @description Check the file and answer a preview without storing anything. */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The spreadsheet: CSV or .xlsx.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The preview of a dry run: nothing was stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyImport"];
                };
            };
            /** @description Every survey of the file was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The body is larger than 10 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not multipart/form-data, or the file is neither CSV text nor an .xlsx workbook. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file cannot be read as rows (`errors` names the problem with field `file`; `row_errors` lists missing columns, `limit` the row limit), or, when storing, rows have errors (`urn:hatchery:problem:import_rows_invalid`, with every one in `row_errors` and the file's `counts`). Nothing was stored. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    surveyImportTemplate: {
        parameters: {
            query?: {
                /** @description xlsx (the default) or csv. */
                format?: components["schemas"]["ImportFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listPortfolioLedger: {
        parameters: {
            query?: {
                /** @description Searches codes and titles. */
                q?: string;
                /** @description Only projects in this status. */
                status?: components["schemas"]["ProjectStatus"];
                /** @description Only projects of this funder. */
                funder_id?: string;
                /** @description Only projects of this contractor. */
                organization_id?: string;
                /** @description Only projects of this round. */
                funding_cycle_id?: string;
                /** @description Only projects serving this community. */
                community_id?: string;
                /** @description Only projects serving a community in this district. */
                district?: string;
                /** @description Only projects whose period touches this year. */
                year?: number;
                /** @description `json` (the default) answers one page. `csv` and `xlsx` answer the whole filtered set, never one page, as an attachment named for what it holds and the day (e.g. `社会组织_2026-11-27.xlsx`): CSV in UTF-8 with a byte order mark and CRLF line ends, streamed; XLSX with dates as dates and money as yuan numbers with a `0.00` format, refused over 200,000 rows (422 `export_too_large`; use CSV). Headers and enum labels are in `lang`, each enum's code in the column after its label. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading apostrophe. Every export is audited. */
                format?: components["parameters"]["ExportFormat"];
                /** @description The language of an export's headers and labels; by default the first of Accept-Language (English when it is English, Chinese otherwise). */
                lang?: components["parameters"]["ExportLang"];
                /** @description Only entries of this category. */
                budget_category?: components["schemas"]["BudgetCategory"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; a cursor this server did not give out for this list answers 422. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the ledger, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryList"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's home. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Home"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getHomeFigures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bureau home's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BureauFigures"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    enrolTOTP: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pending secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TOTPEnrolment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenBearer"];
            409: components["responses"]["Conflict"];
        };
    };
    confirmTOTP: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmTOTPRequest"];
            };
        };
        responses: {
            /** @description On; the recovery codes, shown once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenBearer"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    disableTOTP: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableTOTPRequest"];
            };
        };
        responses: {
            /** @description Off; the secret and recovery codes are forgotten. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenBearer"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resetUserTOTP: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getSecondFactorSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy in force (version 0: the default, admin, reviewer and funder; none in demo mode). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    setSecondFactorSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondFactorSettingsRequest"];
            };
        };
        responses: {
            /** @description The policy now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
}
