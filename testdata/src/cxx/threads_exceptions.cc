// C++ exceptions and the standard thread library: exceptions thrown through many frames (with
// destructors to run on the way) and caught, also inside threads and across std::async; then
// std::thread, std::mutex, std::condition_variable and futures with exact, deterministic results.
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <future>
#include <mutex>
#include <queue>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

std::atomic<long> destroyed{0};

struct Guard {
    ~Guard() { destroyed.fetch_add(1); }
};

struct DepthError : std::runtime_error {
    int depth;
    explicit DepthError(int d) : std::runtime_error("depth " + std::to_string(d)), depth(d) {}
};

// Recursion with a destructor per frame: unwinding must run every one of them.
int dive(int depth, int limit) {
    Guard g;
    if (depth == limit) {
        throw DepthError(depth);
    }
    return dive(depth + 1, limit) + 1;
}

long catchDeep(int limit) {
    try {
        return dive(0, limit);
    } catch (const DepthError &e) {
        return e.depth;
    }
}

// Rethrow and nested exception types through a chain of calls.
std::string rethrowChain(int kind) {
    try {
        try {
            switch (kind) {
                case 0: throw std::out_of_range("range");
                case 1: throw std::invalid_argument("argument");
                case 2: throw 42;
                default: return "none";
            }
        } catch (const std::logic_error &e) {
            throw std::runtime_error(std::string("wrapped ") + e.what());
        }
    } catch (const std::runtime_error &e) {
        return e.what();
    } catch (int v) {
        return "int " + std::to_string(v);
    }
}

}  // namespace

int main() {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    // 1. Deep throws on the main thread.
    long total = 0;
    for (int i = 0; i < 100; i++) {
        total += catchDeep(200 + i);
    }
    std::printf("deep throws: %ld, destructors run: %ld\n", total, destroyed.load());
    for (int k = 0; k < 4; k++) {
        std::printf("chain %d: %s\n", k, rethrowChain(k).c_str());
    }

    // 2. Threads throwing and catching their own exceptions at the same time.
    destroyed = 0;
    std::vector<std::thread> threads;
    std::vector<long> results(8);
    for (int t = 0; t < 8; t++) {
        threads.emplace_back([t, &results] {
            long sum = 0;
            for (int i = 0; i < 200; i++) {
                sum += catchDeep(50 + t);
            }
            results[t] = sum;
        });
    }
    for (auto &th : threads) {
        th.join();
    }
    threads.clear();
    long sum = 0;
    for (long r : results) {
        sum += r;
    }
    std::printf("threads' throws: %ld, destructors run: %ld\n", sum, destroyed.load());

    // 3. std::mutex protecting a shared counter.
    std::mutex m;
    long counter = 0;
    for (int t = 0; t < 8; t++) {
        threads.emplace_back([&] {
            for (int i = 0; i < 20000; i++) {
                std::lock_guard<std::mutex> lock(m);
                counter++;
            }
        });
    }
    for (auto &th : threads) {
        th.join();
    }
    threads.clear();
    std::printf("mutex counter: %ld\n", counter);

    // 4. std::async: values and an exception carried through a future.
    std::vector<std::future<long>> futures;
    for (int i = 1; i <= 6; i++) {
        futures.push_back(std::async(std::launch::async, [i] {
            long s = 0;
            for (long k = 1; k <= 10000L * i; k++) {
                s += k;
            }
            return s;
        }));
    }
    for (auto &f : futures) {
        std::printf("async: %ld\n", f.get());
    }
    auto failing = std::async(std::launch::async, [] () -> int { return dive(0, 30); });
    try {
        failing.get();
        std::printf("async exception: none\n");
    } catch (const DepthError &e) {
        std::printf("async exception: %s\n", e.what());
    }
    std::promise<std::string> promise;
    std::future<std::string> promised = promise.get_future();
    std::thread setter([&promise] { promise.set_value("promised value"); });
    std::printf("promise: %s\n", promised.get().c_str());
    setter.join();

    // 5. std::condition_variable: a queue between two producers and two consumers.
    std::mutex qm;
    std::condition_variable cv;
    std::queue<int> q;
    int producersLeft = 2;
    std::atomic<long> consumed{0}, items{0};
    for (int p = 0; p < 2; p++) {
        threads.emplace_back([&, p] {
            for (int i = 1; i <= 5000; i++) {
                {
                    std::lock_guard<std::mutex> lock(qm);
                    q.push(p * 10000 + i);
                }
                cv.notify_one();
            }
            {
                std::lock_guard<std::mutex> lock(qm);
                producersLeft--;
            }
            cv.notify_all();
        });
    }
    for (int c = 0; c < 2; c++) {
        threads.emplace_back([&] {
            while (true) {
                std::unique_lock<std::mutex> lock(qm);
                cv.wait(lock, [&] { return !q.empty() || producersLeft == 0; });
                if (q.empty()) {
                    return;
                }
                int v = q.front();
                q.pop();
                lock.unlock();
                consumed += v;
                items++;
            }
        });
    }
    for (auto &th : threads) {
        th.join();
    }
    std::printf("condition variable: %ld items, sum %ld\n", items.load(), consumed.load());

    // 6. An exception escaping nothing: thrown and caught in a thread that then throws again
    //    through std::thread's own frames would terminate; here each is caught where it should be.
    std::atomic<int> caught{0};
    threads.clear();
    for (int t = 0; t < 4; t++) {
        threads.emplace_back([&caught, t] {
            try {
                if (t % 2 == 0) {
                    throw std::string("even");
                }
                throw t;
            } catch (const std::string &) {
                caught += 10;
            } catch (int) {
                caught += 1;
            }
        });
    }
    for (auto &th : threads) {
        th.join();
    }
    std::printf("caught in threads: %d\n", caught.load());
    return 0;
}
