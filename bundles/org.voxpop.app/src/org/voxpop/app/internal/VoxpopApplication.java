package org.voxpop.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless {@code voxpop} command: {@code -application org.voxpop.app.voxpop}. */
public final class VoxpopApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		return new VoxpopCommand(System.out, System.err).run(args);
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}
}
