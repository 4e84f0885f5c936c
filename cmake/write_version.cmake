# Writes the version header for both programs: the project version (one place: project() in the
# top CMakeLists.txt) plus `git describe`, so a build says which commit it is. Run at every build;
# the header only changes (and only then recompiles anything) when the description does.
#   cmake -DSOURCE_DIR=… -DOUTPUT=… -DVERSION=… -P write_version.cmake
execute_process(COMMAND git -C "${SOURCE_DIR}" describe --always --dirty --tags
                OUTPUT_VARIABLE describe OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
if(failed OR describe STREQUAL "")
  set(full "${VERSION}")
else()
  set(full "${VERSION} (git ${describe})")
endif()
file(WRITE "${OUTPUT}.new" "#pragma once\n// Written by cmake/write_version.cmake at build time.\n"
     "#define GAN_STUDIO_VERSION \"${VERSION}\"\n#define GAN_STUDIO_FULL_VERSION \"${full}\"\n")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
