# The Debian package: `cpack --config build/CPackConfig.cmake` writes gan-studio_<version>_amd64.deb
# (packaging/test_deb.sh builds it, unpacks it into a scratch root and runs what it installed).
include(GNUInstallDirs)

# Man pages from the programs' own --help (help2man), so they never drift from the options; bash
# completion from the CLI's parser (`gan-studio-cli completion bash`).
find_program(HELP2MAN help2man)
set(generated ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${generated})
set(cli $<TARGET_FILE:gan-studio-cli>)
add_custom_command(OUTPUT ${generated}/gan-studio-cli.bash
  COMMAND ${cli} completion bash > ${generated}/gan-studio-cli.bash
  DEPENDS gan-studio-cli COMMENT "bash completion for gan-studio-cli")
set(packaging_outputs ${generated}/gan-studio-cli.bash)
if(HELP2MAN)
  add_custom_command(OUTPUT ${generated}/gan-studio-cli.1.gz
    COMMAND ${HELP2MAN} --no-info --no-discard-stderr --help-option=--help-all
            --name "train, sample and measure GANs without the GUI" --section 1
            --include ${CMAKE_CURRENT_LIST_DIR}/man/gan-studio-cli.h2m -o ${generated}/gan-studio-cli.1 ${cli}
    COMMAND gzip -9nf ${generated}/gan-studio-cli.1
    DEPENDS gan-studio-cli ${CMAKE_CURRENT_LIST_DIR}/man/gan-studio-cli.h2m COMMENT "man page of gan-studio-cli")
  list(APPEND packaging_outputs ${generated}/gan-studio-cli.1.gz)
  install(FILES ${generated}/gan-studio-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  if(GAN_STUDIO_BUILD_GUI)
    add_custom_command(OUTPUT ${generated}/gan-studio.1.gz
      COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
              ${HELP2MAN} --no-info --name "watch Generative Adversarial Networks train"
              --section 1 --include ${CMAKE_CURRENT_LIST_DIR}/man/gan-studio.h2m
              -o ${generated}/gan-studio.1 $<TARGET_FILE:gan-studio>
      COMMAND gzip -9nf ${generated}/gan-studio.1
      DEPENDS gan-studio ${CMAKE_CURRENT_LIST_DIR}/man/gan-studio.h2m COMMENT "man page of gan-studio")
    list(APPEND packaging_outputs ${generated}/gan-studio.1.gz)
    install(FILES ${generated}/gan-studio.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endif()
else()
  message(WARNING "help2man not found: no man pages (packaging/install_deps.sh installs it)")
endif()
add_custom_target(packaging_files ALL DEPENDS ${packaging_outputs})
install(FILES ${generated}/gan-studio-cli.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME gan-studio-cli)

# Debian's documentation files: the copyright, and the changelog compressed as policy asks (a
# native package: changelog.gz).
add_custom_command(OUTPUT ${generated}/changelog.gz
  COMMAND gzip -9nc ${CMAKE_CURRENT_LIST_DIR}/debian/changelog > ${generated}/changelog.gz
  DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog)
add_custom_target(packaging_changelog ALL DEPENDS ${generated}/changelog.gz)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright ${generated}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/gan-studio)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/gan-studio.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME gan-studio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "GAN Studio developers <gan-studio@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "watch Generative Adversarial Networks train")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "GAN Studio teaches and researches GANs by letting you watch them train:\n"
    "pick a variant (the original GAN, f-GANs, WGAN, WGAN-GP, LSGAN, EBGAN,\n"
    "InfoGAN, VAE-GAN, BiGAN), press Train and see the losses, the divergence\n"
    "and the samples improve live. It includes a latent explorer with a bundled\n"
    "InfoGAN, a divergence lab with exact values, a run library, sample quality\n"
    "metrics and a command-line tool.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # gan-studio_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/gan-studio/gan-studio")
# Libraries the programs link are found by dpkg-shlibdeps; what they load at run time is not:
# the pthread OpenBLAS (LibTorch's BLAS alternative, several times faster than the reference
# BLAS) and Qt's platform plugins (xcb, wayland).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-pthread, qt6-qpa-plugins")
# The Chinese UI reads best with a CJK font; Qt's own dialogs take their translations from here.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
