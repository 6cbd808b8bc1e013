# Installing and packaging: `cmake --install build --prefix DIR` stages every file, and
# `cpack --config build/CPackConfig.cmake` (scripts/package) makes tenet_<version>_amd64.deb.

install(TARGETS tenet tenetctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tenet)
set(CPACK_PACKAGE_VENDOR "The Tenet developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "write, publish and sign a customer-support Code of Practice")
set(CPACK_PACKAGE_CONTACT "The Tenet developers <tenet@example.org>")
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver every database
# goes through, a platform plugin to show a window (xcb, wayland), and the fonts the
# handbook is set in.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-dejavu-core")
# Help > User Guide > Open in Browser and "Remind…" (the mail program) go through xdg-open.
# Qt's own translations put the standard buttons and the file and print dialogs into Spanish
# and Lithuanian; without them Tenet still runs, with those few texts in English.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The long description; CPack puts the summary above it as the synopsis and indents it as
# Debian's control file wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Tenet is the program with which a customer-support organisation writes its
Code of Practice, publishes versions of it, has every agent read and sign the
version in force, and sees at a glance which sections are out of date and who
has not signed.

The package holds the desktop program, tenet, and the command-line program,
tenetctl, with a user guide for supervisors, agents, managers and
administrators in English, Spanish and Lithuanian.")

include(CPack)
