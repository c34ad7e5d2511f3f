package id.lokerbot.platform.security;

/** What a staff member may do: ADMIN everything, VIEWER read the numbers and metrics. */
enum StaffRole {
  ADMIN,
  VIEWER;

  String authority() {
    return "ROLE_" + name();
  }
}
