CREATE UNIQUE INDEX users_username_lower ON users (lower(username));
