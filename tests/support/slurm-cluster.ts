/**
 * A single-node Slurm cluster in a temporary directory, for the test that submits a study's array
 * and merge jobs to a real Slurm (Debian's `slurm-wlm` and `munge`), without systemd: this
 * starts `munged` with a key made here, then `slurmctld` and `slurmd` in the foreground as this
 * process's children on a generated `slurm.conf` (SlurmUser=root, proctrack/linuxproc, task/none,
 * select/cons_tres; state, spool, pid and log files and munge's socket in the directory; one node
 * named by `hostname -s` with the machine's CPUs), and stops exactly those three by their process
 * ids. Clients (sbatch, squeue) find it through the `SLURM_CONF` variable it returns.
 */

/** Where a program is, or undefined (sbin included: the daemons live there). */
async function which(program: string): Promise<string | undefined> {
  for (const dir of [...(Deno.env.get("PATH") ?? "").split(":"), "/usr/sbin", "/sbin"]) {
    if (dir === "") continue;
    try {
      const info = await Deno.stat(`${dir}/${program}`);
      if (info.isFile && (info.mode ?? 0o111) & 0o111) return `${dir}/${program}`;
    } catch {
      // not here
    }
  }
  return undefined;
}

async function output(program: string, args: string[], env?: Record<string, string>) {
  const r = await new Deno.Command(program, { args, env, stdout: "piped", stderr: "piped" })
    .output();
  return {
    code: r.code,
    stdout: new TextDecoder().decode(r.stdout),
    stderr: new TextDecoder().decode(r.stderr),
  };
}

/** Why a cluster cannot be started here, or undefined when it can. */
export async function slurmUnavailable(): Promise<string | undefined> {
  for (const program of ["sbatch", "scontrol", "sinfo", "slurmctld", "slurmd", "munged"]) {
    if (await which(program) === undefined) return `${program} is not installed`;
  }
  const uid = await output("id", ["-u"]);
  if (uid.stdout.trim() !== "0") return "not root (SlurmUser=root)";
  return undefined;
}

/** A free TCP port (probed on 127.0.0.1). */
function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** A running cluster. */
export interface SlurmCluster {
  /** The environment its clients need (`SLURM_CONF`). */
  env: Record<string, string>;
  dir: string;
  /** The tail of the daemons' logs, for a failure message. */
  logs(): Promise<string>;
  /** Stops the three daemons this started (by their pids) and waits for them. */
  stop(): Promise<void>;
}

/** Starts munged, slurmctld and slurmd in `dir` and waits until the node is idle. */
export async function startSlurm(dir: string): Promise<SlurmCluster> {
  await Deno.chmod(dir, 0o755); // munged: every directory above its socket searchable
  await Deno.mkdir(`${dir}/munge`, { mode: 0o755 });
  await Deno.mkdir(`${dir}/state`);
  await Deno.mkdir(`${dir}/spool`);
  const key = crypto.getRandomValues(new Uint8Array(1024));
  await Deno.writeFile(`${dir}/munge/munge.key`, key, { mode: 0o400 });
  const node = (await output("hostname", ["-s"])).stdout.trim();
  const socket = `${dir}/munge/munge.socket`;
  const conf = `${dir}/slurm.conf`;
  await Deno.writeTextFile(
    conf,
    [
      "ClusterName=jiedian-test",
      `SlurmctldHost=${node}`,
      "SlurmUser=root",
      "SlurmdUser=root",
      "AuthType=auth/munge",
      `AuthInfo=socket=${socket}`,
      "CredType=cred/munge",
      `SlurmctldPort=${freePort()}`,
      `SlurmdPort=${freePort()}`,
      `StateSaveLocation=${dir}/state`,
      `SlurmdSpoolDir=${dir}/spool`,
      `SlurmctldPidFile=${dir}/slurmctld.pid`,
      `SlurmdPidFile=${dir}/slurmd.pid`,
      `SlurmctldLogFile=${dir}/slurmctld.log`,
      `SlurmdLogFile=${dir}/slurmd.log`,
      "ProctrackType=proctrack/linuxproc",
      "TaskPlugin=task/none",
      "SelectType=select/cons_tres",
      "SelectTypeParameters=CR_CPU",
      "SchedulerType=sched/backfill",
      "ReturnToService=2",
      "MpiDefault=none",
      "JobCompType=jobcomp/none",
      "AccountingStorageType=accounting_storage/none",
      "JobAcctGatherType=jobacct_gather/none",
      `NodeName=${node} CPUs=${navigator.hardwareConcurrency || 1} State=UNKNOWN`,
      `PartitionName=test Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
      "",
    ].join("\n"),
  );
  const env = { SLURM_CONF: conf };
  const children: Deno.ChildProcess[] = [];
  const spawn = async (program: string, args: string[]) => {
    const path = (await which(program))!;
    children.push(
      new Deno.Command(path, { args, env, stdin: "null", stdout: "null", stderr: "null" })
        .spawn(),
    );
  };
  const stop = async () => {
    for (const child of children.reverse()) {
      try {
        child.kill("SIGTERM"); // by its pid: only the daemons started here
      } catch {
        // already gone
      }
      const done = await Promise.race([
        child.status.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000)),
      ]);
      if (!done) {
        try {
          child.kill("SIGKILL");
        } catch {
          // gone
        }
        await child.status;
      }
    }
  };
  const logs = async () => {
    const parts: string[] = [];
    for (const name of ["munged.log", "slurmctld.log", "slurmd.log"]) {
      const text = await Deno.readTextFile(`${dir}/${name}`).catch(() => "(none)");
      parts.push(`== ${name}\n${text.split("\n").slice(-15).join("\n")}`);
    }
    return parts.join("\n");
  };
  try {
    await spawn("munged", [
      "--foreground",
      `--socket=${socket}`,
      `--key-file=${dir}/munge/munge.key`,
      `--pid-file=${dir}/munge/munged.pid`,
      `--log-file=${dir}/munged.log`,
      `--seed-file=${dir}/munge/munged.seed`,
    ]);
    await waitFor(async () => (await Deno.stat(socket).then(() => true, () => false)), 10);
    await spawn("slurmctld", ["-D", "-f", conf]);
    await spawn("slurmd", ["-D", "-f", conf]);
    await waitFor(async () => {
      const r = await output("sinfo", ["-h", "-o", "%T"], env);
      return r.code === 0 && r.stdout.trim() === "idle";
    }, 30);
  } catch (error) {
    const text = await logs();
    await stop();
    throw new Error(`the test Slurm did not start: ${(error as Error).message}\n${text}`);
  }
  return { env, dir, logs, stop };
}

/** Polls `ready` every 200 ms for up to `seconds`. */
export async function waitFor(ready: () => Promise<boolean>, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`not ready after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A job's state as `scontrol show job` says it (COMPLETED, FAILED, PENDING …). */
export async function jobState(id: string, env: Record<string, string>): Promise<string> {
  const r = await output("scontrol", ["show", "job", id], env);
  return /JobState=(\w+)/.exec(r.stdout)?.[1] ?? `unknown (${r.stderr.trim()})`;
}
