// Child process of the crash test: appends batches of events as fast as it can
// and prints one line per acknowledged batch ("ack <batch> <size>"). The parent
// kills it with SIGKILL at a random moment.
import { openStore } from "../src/index";

const [url, run] = process.argv.slice(2);
if (!url || !run) throw new Error("usage: crashWriter URL RUN");
const store = await openStore(url, { poolSize: 2 });
process.stdout.write("ready\n");
for (let batch = 0; ; batch++) {
  const size = 1 + (batch % 5);
  const activity = batch % 3 === 0 ? "t1-4.2" : "t1-1";
  const events = Array.from({ length: size }, (_, i) => ({
    id: `${run}-${batch}-${i}`,
    activity,
    type: "PROGRESS",
    by: { unit: "phong-lao-dong-thuong-binh-xa-hoi" },
    at: "2024-09-15T08:30:00+07:00",
    payload: { batch, size, note: "Thăm và tặng quà các gia đình chính sách ".repeat(1 + (batch % 4)) },
  }));
  await store.append({ plan: "thanh-xuan-70", activity, events });
  process.stdout.write(`ack ${batch} ${size}\n`);
}
