/**
 * The shell every feature lives in: layout, error handling, shared UI components, security and time.
 * Open to all features; it depends on none of them.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package com.stepwise.base;

import org.springframework.modulith.ApplicationModule;
